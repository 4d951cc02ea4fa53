import type { Indicator } from '../../src/contracts/indicator.ts';
import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { CleanReport } from '../ingest/clean.ts';
import { type ExtractedFact, extractFacts } from './extract.ts';
import { matchIndicator } from './match-indicator.ts';

/** The facts of one report, each mapped to a comparable indicator where the taxonomy has one. */
export function reportFacts(entry: CatalogEntry, report: CleanReport, taxonomy: Indicator[]): ExtractedFact[] {
  return extractFacts(entry, report).map((e) => ({
    ...e,
    fact: { ...e.fact, indicator: matchIndicator(e.fact, e.contexts, taxonomy) },
  }));
}
