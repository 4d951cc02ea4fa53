import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { MachineValue } from '../../src/contracts/indicator.ts';
import type { CleanReport } from '../ingest/clean.ts';
import { indicatorValues, type PartOf } from './aggregate.ts';
import type { ExtractedFact } from './extracted-fact.ts';
import type { Fact } from './fact.ts';
import { coversIn, sumWords } from './not-added.ts';
import { reportFacts } from './report-facts.ts';
import type { Taxonomy } from './taxonomy.ts';

export interface ReportRun {
  entry: CatalogEntry;
  report: CleanReport;
  extracted: ExtractedFact[];
}

export interface CorpusFacts {
  reports: ReportRun[];
  facts: Fact[];
  /** Which figure each part or selection belongs to (ExtractedFact.partOf), for summing again after reviews. */
  partOf: PartOf;
  values: MachineValue[];
}

/** One report's cleaning and extraction, which depend on that report and the pipeline alone. */
export type ReportWork = Omit<ReportRun, 'entry'>;

/**
 * Every report of a catalog through cleaning and fact extraction, and the indicator figures
 * of all of them. `remember` may keep a report's work between builds (the content stage's
 * cache); the figures across reports are always computed afresh.
 */
export function corpusFacts(
  catalog: CatalogEntry[],
  taxonomy: Taxonomy,
  read: (entry: CatalogEntry) => CleanReport,
  remember: (entry: CatalogEntry, work: () => ReportWork) => ReportWork = (_, work) => work(),
): CorpusFacts {
  const reports = catalog.map((entry) => {
    const { report, extracted } = remember(entry, () => {
      const clean = read(entry);
      return { report: clean, extracted: reportFacts(entry, clean, taxonomy) };
    });
    return { entry, report, extracted };
  });
  const facts = reports.flatMap((r) => r.extracted.map((e) => e.fact));
  const partOf = partsOf(reports, taxonomy);
  return { reports, facts, partOf, values: indicatorValues(taxonomy.indicators, catalog, facts, partOf) };
}

/**
 * What each figure is a part of: its whole after 其中 or its set, else the figure of its
 * sentence that covers it though no 其中 says so (a named total, a broader set, one place
 * of the report's total).
 */
export function partsOf(reports: ReportRun[], taxonomy: Taxonomy): PartOf {
  const words = sumWords(taxonomy.vocabulary);
  const partOf = new Map<string, string>();
  for (const { entry, extracted } of reports) {
    for (const e of extracted) if (e.partOf) partOf.set(e.fact.id, e.partOf);
    // A cover is always of the figure's own indicator; a 其中's whole may be of another.
    for (const [id, cover] of coversIn(extracted, words, entry.region.name)) partOf.set(id, cover.by);
  }
  return partOf;
}
