import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { markUsed } from '../../src/lib/cache/mark-used.ts';
import { sourceKey } from '../lib/source-key.ts';

/**
 * What a report's cleaning and extraction depend on besides the report itself: the code of
 * the stages that run on it (ingest, facts, their helpers and the shared contracts), the
 * libraries they use (opencc-js, nzh, js-yaml), the vocabulary files they read, and the Node
 * that ran them (the cache's format is V8's).
 */
export function pipelineKey(vocabulary: string[], root = process.cwd()): string {
  return sourceKey(['scripts/ingest', 'scripts/facts', 'scripts/lib', 'src/contracts'], ['package-lock.json', ...vocabulary], root);
}

/**
 * A cache of each report's run through the content stage, by the hash of the pipeline, the
 * report's catalog entry and its file's bytes: a rebuild after adding or changing one report
 * cleans and reads only that one. Entries are V8-serialised (Sets and absent fields come back
 * as they were), written aside and renamed, so a killed build leaves no half entry. Each entry
 * read or written is marked used, and the build sweeps the others (scripts/lib/cache-sweep.ts).
 */
export function reportCache<T>(pipeline: string, folder: string) {
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    // Without a cache folder every report is computed; see below.
  }
  return (entry: unknown, bytes: Buffer, compute: () => T): T => {
    const key = createHash('sha256').update(pipeline).update('\0').update(JSON.stringify(entry)).update('\0').update(bytes).digest('hex');
    const file = join(folder, `${key}.v8`);
    try {
      const value = deserialize(readFileSync(file)) as T;
      markUsed(file);
      return value;
    } catch {
      // Missing (never written, or swept meanwhile) or damaged: computed again and replaced.
    }
    const value = compute();
    try {
      const aside = `${file}.${process.pid}.tmp`;
      writeFileSync(aside, serialize(value));
      renameSync(aside, file);
      markUsed(file);
    } catch {
      // The cache only saves time: a full or read-only disk must not fail the build.
    }
    return value;
  };
}
