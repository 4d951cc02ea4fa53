import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorpusFacts, corpusFacts } from '../facts/corpus-facts.ts';
import type { Taxonomy } from '../facts/taxonomy.ts';
import { loadCatalog } from '../ingest/catalog.ts';
import { cleanReport } from '../ingest/clean.ts';
import { decodeReport } from '../ingest/decode.ts';

export function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/**
 * A folder of reports and its catalog through ingest and fact extraction, in memory;
 * `rewrite` changes each decoded text first (to print its punctuation full-width, say).
 */
export function runCorpus(seedsDir: string, taxonomy: Taxonomy, rewrite: (text: string) => string = (t) => t): CorpusFacts {
  return corpusFacts(loadCatalog(seedsDir), taxonomy, (entry) => {
    const file = join(seedsDir, entry.file);
    return cleanReport(rewrite(decodeReport(readFileSync(file), file)), file);
  });
}
