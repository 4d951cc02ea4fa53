import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { running } from '../../src/lib/process/running.ts';

/**
 * Keeps a build cache (docs/caches.md) to what the last successful build used: mark and
 * sweep. Whoever reads or writes an entry marks it (src/lib/cache/mark-used.ts), in whatever
 * process of the build it runs, by setting the entry's modification time to the moment of
 * use; once the build has published, each cache's sweep removes every entry last used before
 * the build began. A failed or stopped build sweeps nothing, so the entries the published build used
 * are still there for the next one.
 *
 * Builds of other folders may share a cache and run at the same time. Each build says so in
 * the cache while it runs (`.builds/<pid>-<start>-<random>`), and a sweep spares whatever was
 * used since the earliest of the running builds began, so no build removes an entry another
 * has just read or written. An entry such a build has yet to reach may go: the cache only
 * saves time, and its readers compute what they find missing.
 */

/** The running builds' names, in the cache; names beginning with a dot are never swept. */
const RUNNING = '.builds';

export interface SweepSummary {
  removed: number;
  removedBytes: number;
  kept: number;
  keptBytes: number;
}

export interface CacheSweep {
  /** Removes every entry last used before this build (and every running build) began. */
  sweep(): SweepSummary;
  /** Says the build has ended, swept or not. */
  release(): void;
}

/** Bytes of a file, or of everything under a folder. */
function bytes(path: string): number {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + bytes(join(path, name)), 0);
}

/** A build's use of the cache `folder`, from now on. A cache that cannot be written is left as it is. */
export function cacheSweep(folder: string): CacheSweep {
  const started = Date.now();
  const builds = join(folder, RUNNING);
  const me = join(builds, `${process.pid}-${started}-${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(builds, { recursive: true });
    writeFileSync(me, '');
  } catch {
    // Unwritable: see above.
  }

  /** When the earliest running build began; the names of builds whose process has ended are removed. */
  const since = () => {
    let earliest = started;
    for (const name of readdirSync(builds)) {
      const [pid, start] = name.split('-').map(Number);
      if (pid !== undefined && start !== undefined && running(pid)) earliest = Math.min(earliest, start);
      else rmSync(join(builds, name), { force: true });
    }
    return earliest;
  };

  return {
    sweep() {
      const summary: SweepSummary = { removed: 0, removedBytes: 0, kept: 0, keptBytes: 0 };
      let names: string[];
      let before: number;
      try {
        names = readdirSync(folder);
        before = since();
      } catch {
        return summary;
      }
      for (const name of names) {
        if (name.startsWith('.')) continue;
        const path = join(folder, name);
        try {
          const size = bytes(path);
          if (lstatSync(path).mtimeMs < before) {
            // Renamed first, in one step, so that a reader copying a folder entry either copies
            // all of it or fails and computes it; one left by a killed sweep goes next time.
            const aside = `${path}.swept-${process.pid}`;
            renameSync(path, aside);
            rmSync(aside, { recursive: true, force: true });
            summary.removed++;
            summary.removedBytes += size;
          } else {
            summary.kept++;
            summary.keptBytes += size;
          }
        } catch {
          // Removed meanwhile by another build's sweep, or not ours to remove.
        }
      }
      return summary;
    },
    release() {
      rmSync(me, { force: true });
    },
  };
}
