import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { MachineValue } from '../../src/contracts/indicator.ts';
import { corpusFacts } from '../../scripts/facts/corpus-facts.ts';
import type { ExtractedFact } from '../../scripts/facts/extracted-fact.ts';
import { loadTaxonomy, type Taxonomy } from '../../scripts/facts/taxonomy.ts';
import { cleanReport } from '../../scripts/ingest/clean.ts';

export const taxonomy: Taxonomy = loadTaxonomy('content/indicators.yaml');

/** A snippet of report text run as a whole report of `years` years: its facts and indicator figures. */
export function snippetFacts(text: string, years = 1): { facts: ExtractedFact[]; values: MachineValue[] } {
  const entry: CatalogEntry = {
    id: 'snippet',
    file: 'snippet.txt',
    region: { id: 'snippet', name: '某县', level: 'county' },
    period: { start: 2024 - years + 1, end: 2024, years },
  };
  const run = corpusFacts([entry], taxonomy, () => cleanReport(text, 'snippet.txt'));
  return { facts: run.reports[0]!.extracted, values: run.values };
}

/** The indicator figures of a snippet as `{ indicator: value }`. */
export function snippetValues(text: string, years = 1): Record<string, number | null> {
  return Object.fromEntries(snippetFacts(text, years).values.map((v) => [v.indicator, v.value]));
}
