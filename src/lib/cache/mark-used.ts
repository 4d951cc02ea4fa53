import { utimesSync } from 'node:fs';

/**
 * Marks a cache entry (a file or a folder) as used now, by its modification time, which is
 * how the build tells the entries it used from the ones it sweeps (scripts/lib/cache-sweep.ts).
 * An entry removed meanwhile is computed again by its next reader.
 */
export function markUsed(path: string): void {
  const now = new Date();
  try {
    utimesSync(path, now, now);
  } catch {
    // See above.
  }
}
