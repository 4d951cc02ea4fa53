import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
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
  /** The folders a build writes: its content (reports/, data/) and its site. */
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

/** Points `path` at `target` (relative to where the link stands), replacing a link or an old real folder there. */
function ensureLink(path: string, target: string): void {
  const wanted = relative(dirname(path), target);
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    stat = null;
  }
  if (stat?.isSymbolicLink() && readlinkSync(path) === wanted) return;
  // A folder from before builds were published through links, or a stale link.
  if (stat) rmSync(path, { recursive: true, force: true });
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(wanted, path);
}

export function openStore(contentDir: string, distDir: string): BuildStore {
  const dist = resolve(distDir);
  const content = resolve(contentDir);
  const root = join(dirname(dist), `.${basename(dist)}-builds`);
  mkdirSync(root, { recursive: true });
  const current = join(root, CURRENT);
  const published = () => {
    try {
      return readlinkSync(current);
    } catch {
      return null;
    }
  };

  return {
    root,
    stage() {
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
      ensureLink(dist, join(current, 'dist'));
      for (const name of GENERATED) ensureLink(join(content, name), join(current, 'content', name));
      const next = join(root, `${CURRENT}.${process.pid}`);
      rmSync(next, { force: true });
      symlinkSync(stage.id, next);
      renameSync(next, current);
    },
    sweep() {
      const keep = published();
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
