import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { markUsed } from '../../src/lib/cache/mark-used.ts';

/**
 * Report bundles written by earlier builds (scripts/search/report-bundles.ts), each by the hash
 * of `pipeline` (the code that makes records and indexes them, and Pagefind's version) and the
 * texts its records are made from (the reports' entries): a rebuild after adding one report
 * writes only the bundle that report falls in and copies the others, byte for byte what
 * writing them would give. Keyed by the texts, not the records, so that records can be made
 * while Pagefind indexes the ones before.
 *
 * `use(texts, out, write)` fills the folder `out` from the cache, or calls `write` to fill it
 * and keeps a copy, made aside and renamed so that a killed build leaves no half entry. It says
 * whether it reused one. Without a cache folder every bundle is written. Each entry copied or
 * stored is marked used, and the build sweeps the others (scripts/lib/cache-sweep.ts).
 */
export function bundleCache(folder: string | undefined, pipeline: string) {
  return async (texts: string[], out: string, write: () => Promise<void>): Promise<boolean> => {
    const hash = createHash('sha256').update(pipeline);
    // Each text behind its length, so no two lists of texts hash alike.
    for (const text of texts) hash.update(`\0${text.length}\0`).update(text);
    const cached = folder && join(folder, hash.digest('hex'));
    rmSync(out, { recursive: true, force: true });
    if (cached && existsSync(cached)) {
      try {
        markUsed(cached);
        cpSync(cached, out, { recursive: true });
        return true;
      } catch {
        // Swept by another build's sweep as it was copied: written afresh.
        rmSync(out, { recursive: true, force: true });
      }
    }
    await write();
    if (!cached) return false;
    const aside = `${cached}.${process.pid}.tmp`;
    try {
      mkdirSync(folder, { recursive: true });
      cpSync(out, aside, { recursive: true });
      renameSync(aside, cached);
      markUsed(cached);
    } catch {
      // The cache only saves time: a full or read-only disk, or another build that stored the
      // same bundle first, must not fail this one.
      rmSync(aside, { recursive: true, force: true });
    }
    return false;
  };
}
