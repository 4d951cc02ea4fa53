import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indicatorValues } from '../facts/aggregate.ts';
import { type ReportWork, corpusFacts } from '../facts/corpus-facts.ts';
import { loadTaxonomy } from '../facts/taxonomy.ts';
import { type CatalogOptions, loadCatalog } from '../ingest/catalog.ts';
import { ingestSeed } from '../ingest/ingest.ts';
import type { PublishedReport } from '../../src/contracts/facts-data.ts';
import { paths } from '../lib/paths.ts';
import { applyReviews } from '../review/apply-reviews.ts';
import { loadReviews, reviewVocabulary } from '../review/load-reviews.ts';
import { publishedValues } from '../review/review-values.ts';
import { pipelineKey, reportCache } from './report-cache.ts';
import { reportMdx, titleOf } from './report-mdx.ts';

/** Stable JSON text: the same data always gives the same bytes. */
function jsonFile(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export interface ContentSummary {
  reports: Array<{ id: string; file: string; facts: number }>;
  facts: number;
  indicators: number;
  /** Control and text-direction characters removed from the reports. */
  removed: number;
  /** Reviews whose figure is no longer found (`file:line: why`): applied nowhere. */
  warnings: string[];
}

/** Writes files under `dir`, by path relative to it. */
function writeTree(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/**
 * Seeds → content collections, written into `outDir` (a build's own folder): `reports/<id>.mdx`
 * (cleaned text, facts marked) and `data/` (facts.json, indicator-values.json). Nothing is
 * written until every report has gone through.
 */
export function buildContent(
  seedsDir: string,
  outDir: string,
  taxonomyFile: string,
  options: CatalogOptions & { cache?: string; reviews?: string } = {},
): ContentSummary {
  const catalog = loadCatalog(seedsDir, options);
  const taxonomy = loadTaxonomy(taxonomyFile);
  const remember = reportCache<ReportWork>(pipelineKey([taxonomyFile, paths.themes, paths.chrome, paths.measureWords]), options.cache ?? paths.contentCache);
  const machine = corpusFacts(
    catalog,
    taxonomy,
    (entry) => {
      const file = join(seedsDir, entry.file);
      return ingestSeed(readFileSync(file), file);
    },
    (entry, work) => remember(entry, readFileSync(join(seedsDir, entry.file)), work),
  );
  const { reports } = machine;
  // Editors' reviews are laid over the machine's reading here, after the cache: a changed review never re-reads a report.
  const loaded = loadReviews(options.reviews ?? paths.reviews, reviewVocabulary(catalog.map((e) => e.id), taxonomy));
  const applied = applyReviews(
    machine.facts,
    reports.map(({ entry, report, extracted }) => ({
      id: entry.id,
      years: entry.period.years,
      blocks: report.blocks.map((b) => b.text),
      figures: extracted.map((e) => ({ id: e.fact.id, text: e.fact.text, position: e.position })),
    })),
    loaded.placed,
    new Map(taxonomy.indicators.map((i) => [i.id, i])),
  );
  const { facts } = applied;
  const warnings = [...loaded.warnings, ...applied.warnings];
  const values = publishedValues(machine.values, indicatorValues(taxonomy.indicators, catalog, facts, machine.partOf), facts);
  const reviewedFact = new Map(facts.map((f) => [f.id, f]));
  const mdx = new Map(
    reports.map(({ entry, report, extracted }, order) => [
      `reports/${entry.id}.mdx`,
      reportMdx(entry, report, order, extracted.map((e) => ({ ...e, fact: reviewedFact.get(e.fact.id)! })), taxonomy.themes),
    ]),
  );
  const published: PublishedReport[] = reports.map(({ entry, report }) => ({ ...entry, title: titleOf(entry, report) }));
  mkdirSync(join(outDir, 'reports'), { recursive: true });
  writeTree(outDir, mdx);
  writeTree(
    outDir,
    new Map([
      ['data/facts.json', jsonFile({ reports: published, indicators: taxonomy.indicators, facts })],
      ['data/indicator-values.json', jsonFile(values)],
    ]),
  );
  return {
    reports: reports.map(({ entry, extracted }) => ({ id: entry.id, file: entry.file, facts: extracted.length })),
    facts: facts.length,
    indicators: taxonomy.indicators.length,
    removed: reports.reduce((n, r) => n + r.report.removed, 0),
    warnings,
  };
}
