import yaml from 'js-yaml';
import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { Indicator, MachineValue } from '../../src/contracts/indicator.ts';
import { type CorpusFacts, corpusFacts } from '../facts/corpus-facts.ts';
import type { Taxonomy } from '../facts/taxonomy.ts';
import { cleanReport } from '../ingest/clean.ts';
import type { GoldValue } from './compare-indicators.ts';

/** A short passage in the style of a report, with every indicator figure it gives (tests/fixtures/paraphrases.yaml). */
export interface Paraphrase {
  id: string;
  years: number;
  text: string;
  expect: Record<string, number | { value: number; kind: string }>;
  note?: string;
}

export interface ParaphraseResult {
  passage: Paraphrase;
  /** Expected figures we give otherwise or not at all, and figures we give that are not expected. */
  missed: Array<{ indicator: string; value: number }>;
  extra: MachineValue[];
}

export interface ParaphraseScores {
  expected: number;
  ours: number;
  matched: number;
  precision: number;
  recall: number;
  /** Passages whose figures are exactly the expected ones. */
  exact: number;
}

export function parseParaphrases(source: string): Paraphrase[] {
  return yaml.load(source) as Paraphrase[];
}

const close = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.abs(b);

/** Each passage run as a report of its own, over as many years as it says. */
export function paraphraseRun(passages: Paraphrase[], taxonomy: Taxonomy): CorpusFacts {
  const entries: CatalogEntry[] = passages.map((p) => ({
    id: p.id,
    file: `${p.id}.txt`,
    region: { id: p.id, name: p.id, level: 'county' },
    period: { start: 2025 - p.years + 1, end: 2025, years: p.years },
  }));
  const byId = new Map(passages.map((p) => [p.id, p]));
  return corpusFacts(entries, taxonomy, (entry) => cleanReport(byId.get(entry.id)!.text, entry.file));
}

/** A passage's expected figures as gold lines; the list is complete, so a figure not expected is wrong. */
export function paraphraseGold(passages: Paraphrase[], indicators: Indicator[]): GoldValue[] {
  const unitOf = new Map(indicators.map((i) => [i.id, i.unit]));
  return passages.flatMap((p) =>
    Object.entries(p.expect).map(([indicator, e]) => ({
      report: p.id,
      indicator,
      value: typeof e === 'number' ? e : e.value,
      unit: unitOf.get(indicator) ?? '',
      kind: typeof e === 'number' ? '' : e.kind,
      qualifier: '',
      sentences: [p.text],
      note: p.note ?? '',
    })),
  );
}

/** Each passage run as a report of its own; its indicator figures compared with the expected ones, indicator by indicator. */
export function compareParaphrases(passages: Paraphrase[], taxonomy: Taxonomy): { scores: ParaphraseScores; results: ParaphraseResult[] } {
  const { values } = paraphraseRun(passages, taxonomy);
  const ours = Map.groupBy(values, (v) => v.report);
  const results = passages.map((passage) => {
    const expected = Object.entries(passage.expect).map(([indicator, e]) => ({ indicator, value: typeof e === 'number' ? e : e.value }));
    const mine = ours.get(passage.id) ?? [];
    const missed = expected.filter((e) => !mine.some((v) => v.indicator === e.indicator && v.value !== null && close(v.value, e.value)));
    const extra = mine.filter((v) => !expected.some((e) => v.indicator === e.indicator && v.value !== null && close(v.value, e.value)));
    return { passage, missed, extra };
  });
  const expectedCount = results.reduce((n, r) => n + Object.keys(r.passage.expect).length, 0);
  const oursCount = values.length;
  const matched = expectedCount - results.reduce((n, r) => n + r.missed.length, 0);
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    scores: {
      expected: expectedCount,
      ours: oursCount,
      matched,
      precision: ratio(matched, oursCount),
      recall: ratio(matched, expectedCount),
      exact: results.filter((r) => r.missed.length === 0 && r.extra.length === 0).length,
    },
    results,
  };
}
