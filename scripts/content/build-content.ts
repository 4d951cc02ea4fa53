import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorValues } from '../facts/aggregate.ts';
import { reportFacts } from '../facts/report-facts.ts';
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
  const mdx = new Map<string, string>();
  const published: PublishedReport[] = [];
  const facts = [];
  const parts = new Set<string>();
  const summary: ContentSummary['reports'] = [];

  for (const [order, entry] of catalog.entries()) {
    const file = join(seedsDir, entry.file);
    const report = ingestSeed(readFileSync(file), file);
    const extracted = reportFacts(entry, report, taxonomy);
    mdx.set(`${entry.id}.mdx`, reportMdx(entry, report, order, extracted));
    published.push({ ...entry, title: titleOf(entry, report) });
    for (const e of extracted) {
      facts.push(e.fact);
      if (e.part) parts.add(e.fact.id);
    }
    summary.push({ id: entry.id, file: entry.file, facts: extracted.length });
  }

  const data = new Map([
    ['facts.json', jsonFile({ reports: published, indicators: taxonomy, facts })],
    ['indicator-values.json', jsonFile(indicatorValues(taxonomy, catalog, facts, parts))],
  ]);
  replaceFolders([
    { dir: join(contentDir, 'reports'), files: mdx },
    { dir: join(contentDir, 'data'), files: data },
  ]);
  return { reports: summary, facts: facts.length, indicators: taxonomy.length };
}
