import { lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { InputError } from './input-error.ts';
import { isLiveAside, takeLock } from './lock-file.ts';

/**
 * Where builds are made and published so that a build is one transaction. Each build
 * writes its content and its site into a folder of its own under `.dist-builds/`; publishing
 * is a single rename of the `current` link to that folder. `dist/`, `content/reports/` and
 * `content/data/` are links through `current`, so at any moment (a kill included) they are
 * the old pair or the new pair, never a mixture and never missing.
 */
export interface BuildStore {
  root: string;
  /** The folders a build writes: its content (reports/, data/) and its site. */
  stage(): Stage;
  /** Makes a staged build the published one, in one rename. */
  publish(stage: Stage): void;
  /** Removes every build but the published one: what dead builds left, and the one replaced. */
  sweep(): void;
  /** Takes the build lock, or explains who holds it; returns its release. */
  lock(): () => void;
}

export interface Stage {
  id: string;
  content: string;
  dist: string;
  /** This build's own working files (Astro's cache), so builds of other folders never share them; removed on publishing. */
  scratch: string;
}

const CURRENT = 'current';
const LOCK = 'lock';
const GENERATED = ['reports', 'data'];

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
      const stage = { id, content: join(root, id, 'content'), dist: join(root, id, 'dist'), scratch: join(root, id, 'scratch') };
      for (const dir of [stage.content, stage.dist, stage.scratch]) mkdirSync(dir, { recursive: true });
      return stage;
    },
    publish(stage) {
      rmSync(stage.scratch, { recursive: true, force: true });
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
        if (name === CURRENT || name === LOCK || name === keep) continue;
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
