import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CatalogEntry, catalogEntrySchema } from '../../src/contracts/catalog.ts';
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
 * Catalog entries through ingest and fact extraction, in memory, each text read from
 * `textDir`; `rewrite` changes each decoded text first (to print its punctuation full-width, say).
 */
export function runCatalog(
  catalog: CatalogEntry[],
  textDir: string,
  taxonomy: Taxonomy,
  rewrite: (text: string) => string = (t) => t,
): CorpusFacts {
  return corpusFacts(catalog, taxonomy, (entry) => {
    const file = join(textDir, entry.file);
    return cleanReport(rewrite(decodeReport(readFileSync(file), file)), file);
  });
}

/** A seeds folder (its catalog.json beside the reports) through the pipeline's checks, ingest and extraction. */
export function runCorpus(seedsDir: string, taxonomy: Taxonomy, rewrite: (text: string) => string = (t) => t): CorpusFacts {
  return runCatalog(loadCatalog(seedsDir), seedsDir, taxonomy, rewrite);
}

/**
 * A catalog kept apart from its texts (the development set's catalog.json names files in
 * raw/), checked entry by entry against the catalog contract.
 */
export function readCatalog(file: string): CatalogEntry[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as unknown[]).map((e) => catalogEntrySchema.parse(e));
}
