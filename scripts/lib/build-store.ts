import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, rmdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from './input-error.ts';
import { isLiveAside, takeLock } from './lock-file.ts';

/**
 * Where builds are made and published so that a build is one transaction. Each build
 * writes its content and its site into `.dist-builds/stage/`, which publishing renames to a
 * folder of the build's own and then points the `current` link at, in one rename.
 * `dist/`, `content/reports/` and `content/data/` are links through `current`, so at any
 * moment (a kill included) they are the old pair or the new pair, never a mixture and never
 * missing. Every build stages in the same place so that Astro, which knows content entries
 * by their path, recognises unchanged ones from the build before (its incremental build).
 */
export interface BuildStore {
  root: string;
  /**
   * Refuses, with one line, a place the store publishes through that holds something it did
   * not make (which publishing would have to delete).
   */
  checkPlaces(): void;
  /** The folders a build writes: its content (reports/, data/) and its site; checks the places first. */
  stage(): Stage;
  /**
   * Astro's cache folder, kept from one build of this store to the next: its copies of pages
   * for the incremental build, and its content store. Emptied first when the build that last
   * used it did not say it finished (a killed build may have left copies newer than Astro's
   * record of them), and when `version` (what the cache depends on that Astro does not
   * compare itself) differs from the one it was filled under.
   */
  siteCache(version: string): SiteCache;
  /** Makes a staged build the published one, in one rename. */
  publish(stage: Stage): void;
  /** Removes every build but the published one: what dead builds left, and the one replaced. */
  sweep(): void;
  /** Takes the build lock, or explains who holds it; returns its release. */
  lock(): () => void;
}

export interface Stage {
  /** The folder the build is kept in once published. */
  id: string;
  content: string;
  dist: string;
  /** What the build's stages hand each other and do not publish; removed when the build is published. */
  work: string;
}

export interface SiteCache {
  dir: string;
  /**
   * The key Astro encrypts server islands' props with, kept with the cache: Astro draws a new
   * one for every build otherwise, and every page's code would then differ from the last build's.
   */
  key: string;
  finished(): void;
}

const CURRENT = 'current';
const LOCK = 'lock';
const GENERATED = ['reports', 'data'];
const STAGE = 'stage';
const SITE_CACHE = 'site-cache';
/** In the site cache while a build uses it. */
const UNFINISHED = 'unfinished';
const VERSION = 'version';
const KEY = 'astro-key';

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/**
 * What stands where the store publishes through a link (`dist/`, `content/reports`,
 * `content/data`): nothing, an empty folder, a link into this store (`root`), or something
 * the store did not make. The last is never removed: `DIST_DIR=public` must not cost the
 * project its public/ folder. A folder a build wrote before builds were published through
 * links carries no mark of it, so it is refused too, and its owner removes it once.
 */
function linkPlace(path: string, root: string): 'free' | 'empty' | 'ours' | string {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return 'free';
  }
  if (stat.isSymbolicLink()) return resolve(dirname(path), readlinkSync(path)).startsWith(root + sep) ? 'ours' : 'is a link the build did not make';
  if (stat.isDirectory()) return readdirSync(path).length === 0 ? 'empty' : 'is a folder the build did not make';
  return 'is a file the build did not make';
}

/** The one-line refusal for a place the build would have to delete to publish there. */
function placeTaken(path: string, what: string, variable: string): InputError {
  return new InputError(
    path,
    null,
    `${what}, and the build publishes there through a link of its own`,
    `set ${variable} to a new or empty folder, or move this one away yourself (if it is only a site an earlier build wrote, delete it)`,
  );
}

/** Points `path` at `target` (relative to where the link stands), replacing only an empty folder or a link into `root`. */
function ensureLink(path: string, target: string, root: string, variable: string): void {
  const wanted = relative(dirname(path), target);
  const place = linkPlace(path, root);
  if (place === 'ours' && readlinkSync(path) === wanted) return;
  if (place === 'ours') unlinkSync(path);
  // rmdir, not a recursive remove: a file put there since it was looked at stays.
  else if (place === 'empty') rmdirSync(path);
  else if (place !== 'free') throw placeTaken(path, place, variable);
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(wanted, path);
}

export function openStore(contentDir: string, distDir: string): BuildStore {
  const dist = resolve(distDir);
  const content = resolve(contentDir);
  // Made by the first of its writers (the lock, a stage), so a refused build leaves no folder.
  const root = join(dirname(dist), `.${basename(dist)}-builds`);
  const current = join(root, CURRENT);
  const published = () => {
    try {
      return readlinkSync(current);
    } catch {
      return null;
    }
  };

  // Where the build publishes through links, and the setting that chooses each place.
  const places = [
    { path: dist, target: join(current, 'dist'), variable: 'DIST_DIR' },
    ...GENERATED.map((name) => ({ path: join(content, name), target: join(current, 'content', name), variable: 'CONTENT_DIR' })),
  ];

  const checkPlaces = () => {
    for (const { path, variable } of places) {
      const place = linkPlace(path, root);
      if (place !== 'free' && place !== 'empty' && place !== 'ours') throw placeTaken(path, place, variable);
    }
  };

  return {
    root,
    checkPlaces,
    stage() {
      // Refused before anything is built: the publishing at the end would have to delete it.
      checkPlaces();
      const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
      // What a killed build staged.
      rmSync(join(root, STAGE), { recursive: true, force: true });
      const stage = { id, content: join(root, STAGE, 'content'), dist: join(root, STAGE, 'dist'), work: join(root, STAGE, 'work') };
      for (const dir of [stage.content, stage.dist, stage.work]) mkdirSync(dir, { recursive: true });
      return stage;
    },
    siteCache(version) {
      const dir = join(root, SITE_CACHE);
      const marker = join(dir, UNFINISHED);
      if (existsSync(marker) || readText(join(dir, VERSION)) !== version) rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      writeFileSync(marker, `${process.pid}\n`);
      writeFileSync(join(dir, VERSION), version);
      // Astro's own format: an AES-256 key, base64 (`astro create-key`).
      const key = readText(join(dir, KEY)) ?? randomBytes(32).toString('base64');
      writeFileSync(join(dir, KEY), key);
      return { dir, key, finished: () => rmSync(marker, { force: true }) };
    },
    publish(stage) {
      rmSync(stage.work, { recursive: true, force: true });
      renameSync(join(root, STAGE), join(root, stage.id));
      for (const { path, target, variable } of places) ensureLink(path, target, root, variable);
      const next = join(root, `${CURRENT}.${process.pid}`);
      rmSync(next, { force: true });
      symlinkSync(stage.id, next);
      renameSync(next, current);
    },
    sweep() {
      const keep = published();
      if (!existsSync(root)) return;
      for (const name of readdirSync(root)) {
        if (name === CURRENT || name === LOCK || name === SITE_CACHE || name === keep) continue;
        if (isLiveAside(name, LOCK)) continue;
        rmSync(join(root, name), { recursive: true, force: true });
      }
    },
    lock() {
      const file = join(root, LOCK);
      const taken = takeLock(file);
      if (typeof taken === 'function') return taken;
      throw new InputError(file, null, `another build (process ${taken.holder}) is running`, 'wait for it to finish, then build again');
    },
  };
}
