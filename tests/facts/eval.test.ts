import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareFacts, type GoldFact } from '../../scripts/eval/compare.ts';
import { compareIndicators, type GoldValue } from '../../scripts/eval/compare-indicators.ts';
import { compareParaphrases, parseParaphrases } from '../../scripts/eval/compare-paraphrases.ts';
import { readJsonLines, runCorpus } from '../../scripts/eval/corpus-run.ts';
import { evalSets } from '../../scripts/eval/sets.ts';
import { factSchema } from '../../src/contracts/fact.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { taxonomy } from '../helpers/snippet-facts.ts';

const goldFacts = readJsonLines<GoldFact>('tests/gold/seed-facts.jsonl');
const goldValues = readJsonLines<GoldValue>('tests/gold/seed-indicator-values.jsonl');
const score = (gold: GoldValue[], values: ReturnType<typeof runCorpus>['values'], complete: boolean) =>
  compareIndicators(gold, values, taxonomy.vocabulary.unitClasses, { complete }).scores;

describe.each(PUNCTUATION_FORMS)('the seeds with %s', (_name, form) => {
  const run = runCorpus('seeds', taxonomy, form);

  it('extract the 227 hand-checked facts: recall and precision 100%, qualifiers ≥ 95%, themes ≥ 85%', () => {
    const { overall } = compareFacts(goldFacts, run.facts);
    expect(goldFacts).toHaveLength(227);
    expect(overall.recall).toBe(1);
    expect(overall.precision).toBe(1);
    expect(overall.qualifierAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(overall.themeAgreement).toBeGreaterThanOrEqual(0.85);
  });

  // The gold covers every indicator of the taxonomy and every charted value is scored
  // (issue 29). These floors are today's honest measure, so that a change which loses
  // ground fails; the target is precision ≥ 97% and recall ≥ 95%.
  it('give the hand-checked indicator figures, every charted value scored: precision ≥ 99%, recall ≥ 97%', () => {
    const s = score(goldValues, run.values, true);
    expect(goldValues).toHaveLength(129);
    expect(s.gold).toBe(105);
    expect(s.precision).toBeGreaterThanOrEqual(0.99);
    expect(s.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('have the two damaged 新疆 numbers, uncertain, with a reason', () => {
    const damaged = run.facts.filter((f) => f.uncertain);
    expect(damaged.map((f) => [f.region, f.value, f.unit])).toEqual([
      ['xinjiang', null, '个'],
      ['xinjiang', null, '人'],
    ]);
    for (const f of damaged) expect(f.uncertainReason).toMatch(/乱码/);
  });

  it('give every fact the fields of design.md §3 and a unique id', () => {
    for (const f of run.facts) expect(() => factSchema.parse(f)).not.toThrow();
    expect(new Set(run.facts.map((f) => f.id)).size).toBe(run.facts.length);
  });
});

describe('both punctuation forms read alike', () => {
  it('gives the seeds the same facts and figures, only `text` and `sentence` keeping the source marks', () => {
    const [ascii, wide] = PUNCTUATION_FORMS.map(([, form]) => runCorpus('seeds', taxonomy, form)) as [ReturnType<typeof runCorpus>, ReturnType<typeof runCorpus>];
    const plain = (facts: typeof ascii.facts) => facts.map(({ text, sentence, ...rest }) => rest);
    expect(plain(wide.facts)).toEqual(plain(ascii.facts));
    const unquoted = (values: typeof ascii.values) => values.map(({ text, ...rest }) => rest);
    expect(unquoted(wide.values)).toEqual(unquoted(ascii.values));
    expect(wide.facts.some((f) => f.sentence.includes('，'))).toBe(true);
  });
});

// Real excerpts read in place from ../shared/dev/ (their texts may not enter the
// repository), against the gold copied to tests/gold/. Floors at today's honest measure;
// the targets are precision ≥ 95% and recall ≥ 85% (issue 29).
const dev = evalSets().find((s) => s.name === 'dev')!;
const devAbsent = dev.absent();
describe.skipIf(devAbsent !== null)(devAbsent ? `the development set, skipped: ${devAbsent}` : 'the development set (../shared/dev/)', () => {
  it.each(PUNCTUATION_FORMS)('keeps facts at recall and precision ≥ 98% and indicator values at precision ≥ 94%, recall ≥ 92%, with %s', (_name, form) => {
    const run = dev.run(taxonomy, form);
    const facts = compareFacts(dev.goldFacts!(), run.facts).overall;
    expect(facts.recall).toBeGreaterThanOrEqual(0.98);
    expect(facts.precision).toBeGreaterThanOrEqual(0.98);
    const s = score(dev.goldValues(taxonomy), run.values, true);
    expect(s.precision).toBeGreaterThanOrEqual(0.94);
    expect(s.recall).toBeGreaterThanOrEqual(0.92);
  });
});

// Excerpts written for this project by two people who never saw the rules; floors a little
// under today's figures, so that a change which loses ground on text the rules were not
// tuned to fails here.
describe.each([
  ['a', 0.97, 0.96],
  ['b', 0.98, 0.97],
])('development excerpts %s', (set, precision, recall) => {
  it.each(PUNCTUATION_FORMS)(`reach precision ≥ ${precision * 100}% and recall ≥ ${recall * 100}% with %s`, (_name, form) => {
    const gold = readJsonLines<GoldValue>(`tests/fixtures/excerpts/${set}/gold.jsonl`);
    const s = score(gold, runCorpus(`tests/fixtures/excerpts/${set}/seeds`, taxonomy, form).values, false);
    expect(s.precision).toBeGreaterThanOrEqual(precision);
    expect(s.recall).toBeGreaterThanOrEqual(recall);
  });
});

describe('the paraphrase set', () => {
  const passages = parseParaphrases(readFileSync('tests/fixtures/paraphrases.yaml', 'utf8'));

  it('has at least three passages for every indicator, and every expected id exists', () => {
    const ids = new Set(taxonomy.indicators.map((i) => i.id));
    const perIndicator = new Map<string, number>();
    for (const p of passages) for (const id of Object.keys(p.expect)) perIndicator.set(id, (perIndicator.get(id) ?? 0) + 1);
    expect([...perIndicator.keys()].filter((id) => !ids.has(id))).toEqual([]);
    expect(taxonomy.indicators.filter((i) => (perIndicator.get(i.id) ?? 0) < 3).map((i) => i.id)).toEqual([]);
  });

  it.each(PUNCTUATION_FORMS)('gives ≥ 96% of the expected figures and ≥ 96% of its figures are expected, with %s', (_name, form) => {
    const { scores } = compareParaphrases(passages.map((p) => ({ ...p, text: form(p.text) })), taxonomy);
    expect(scores.recall).toBeGreaterThanOrEqual(0.96);
    expect(scores.precision).toBeGreaterThanOrEqual(0.96);
  });
});
