import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { IndicatorValue } from '../../src/contracts/indicator.ts';
import type { CleanReport } from '../ingest/clean.ts';
import { indicatorValues } from './aggregate.ts';
import type { ExtractedFact } from './extract.ts';
import type { Fact } from './fact.ts';
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
  values: IndicatorValue[];
}

/** Every report of a catalog through cleaning and fact extraction, and the indicator figures of all of them. */
export function corpusFacts(catalog: CatalogEntry[], taxonomy: Taxonomy, read: (entry: CatalogEntry) => CleanReport): CorpusFacts {
  const reports = catalog.map((entry) => {
    const report = read(entry);
    return { entry, report, extracted: reportFacts(entry, report, taxonomy) };
  });
  const all = reports.flatMap((r) => r.extracted);
  const facts = all.map((e) => e.fact);
  const partOf = new Map(all.flatMap((e) => (e.partOf ? [[e.fact.id, e.partOf] as const] : [])));
  return { reports, facts, values: indicatorValues(taxonomy.indicators, catalog, facts, partOf) };
}
