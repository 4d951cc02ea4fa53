import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFacts } from '../facts/corpus-facts.ts';
import { loadTaxonomy } from '../facts/taxonomy.ts';
import { loadCatalog } from '../ingest/catalog.ts';
import { ingestSeed } from '../ingest/ingest.ts';
import { replaceFolders } from '../lib/swap-folder.ts';
import type { PublishedReport } from '../../src/contracts/facts-data.ts';
import { reportMdx, titleOf } from './report-mdx.ts';

/** Stable JSON text: the same data always gives the same bytes. */
function jsonFile(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export interface ContentSummary {
  reports: Array<{ id: string; file: string; facts: number }>;
  facts: number;
  indicators: number;
}

/**
 * Seeds → content collections: `reports/<id>.mdx` (cleaned text, facts marked) and
 * `data/` (facts.json, indicator-values.json). Both folders are replaced together and
 * only once every report has gone through, so bad input leaves the previous content.
 */
export function buildContent(seedsDir: string, contentDir: string, taxonomyFile: string): ContentSummary {
  const catalog = loadCatalog(seedsDir);
  const taxonomy = loadTaxonomy(taxonomyFile);
  const { reports, facts, values } = corpusFacts(catalog, taxonomy, (entry) => {
    const file = join(seedsDir, entry.file);
    return ingestSeed(readFileSync(file), file);
  });
  const mdx = new Map(reports.map(({ entry, report, extracted }, order) => [`${entry.id}.mdx`, reportMdx(entry, report, order, extracted, taxonomy.themes)]));
  const published: PublishedReport[] = reports.map(({ entry, report }) => ({ ...entry, title: titleOf(entry, report) }));
  const data = new Map([
    ['facts.json', jsonFile({ reports: published, indicators: taxonomy.indicators, facts })],
    ['indicator-values.json', jsonFile(values)],
  ]);
  replaceFolders([
    { dir: join(contentDir, 'reports'), files: mdx },
    { dir: join(contentDir, 'data'), files: data },
  ]);
  return {
    reports: reports.map(({ entry, extracted }) => ({ id: entry.id, file: entry.file, facts: extracted.length })),
    facts: facts.length,
    indicators: taxonomy.indicators.length,
  };
}
