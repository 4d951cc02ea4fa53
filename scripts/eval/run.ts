import { loadTaxonomy } from '../facts/taxonomy.ts';
import { paths } from '../lib/paths.ts';
import { compareFacts, type GoldFact, type Scores } from './compare.ts';
import { compareIndicators, type GoldValue, type IndicatorComparison } from './compare-indicators.ts';
import { readFileSync } from 'node:fs';
import { compareParaphrases, parseParaphrases } from './compare-paraphrases.ts';
import { readJsonLines, runCorpus } from './corpus-run.ts';
import { toFullWidth } from './full-width.ts';

// The seeds with their hand-checked facts and figures, and two development sets of
// excerpts written for this project in the style of real reports by two people who did
// not see the rules (tests/fixtures/excerpts/).
const CORPORA = [
  { name: 'seeds', seeds: paths.seeds, facts: 'tests/gold/seed-facts.jsonl', values: 'tests/gold/seed-indicator-values.jsonl' },
  { name: 'excerpts a', seeds: 'tests/fixtures/excerpts/a/seeds', facts: null, values: 'tests/fixtures/excerpts/a/gold.jsonl' },
  { name: 'excerpts b', seeds: 'tests/fixtures/excerpts/b/seeds', facts: null, values: 'tests/fixtures/excerpts/b/gold.jsonl' },
];
const FORMS = [
  { name: 'as found', rewrite: (t: string) => t },
  { name: 'full-width', rewrite: toFullWidth },
];

const taxonomy = loadTaxonomy(paths.taxonomy);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const factRow = (scope: string, s: Scores) => ({
  scope,
  gold: s.gold,
  extracted: s.extracted,
  matched: s.matched,
  recall: pct(s.recall),
  precision: pct(s.precision),
  qualifier: pct(s.qualifierAccuracy),
  theme: pct(s.themeAgreement),
});

const factRows = [];
const indicatorRows = [];
const details: Array<{ scope: string; facts: ReturnType<typeof compareFacts> | null; indicators: IndicatorComparison }> = [];
for (const corpus of CORPORA) {
  const goldValues = readJsonLines<GoldValue>(corpus.values);
  for (const form of FORMS) {
    const scope = `${corpus.name}, ${form.name}`;
    const run = runCorpus(corpus.seeds, taxonomy, form.rewrite);
    const facts = corpus.facts ? compareFacts(readJsonLines<GoldFact>(corpus.facts), run.facts) : null;
    if (facts) factRows.push(factRow(scope, facts.overall));
    const indicators = compareIndicators(goldValues, run.values, taxonomy.indicators, taxonomy.vocabulary.unitClasses);
    const s = indicators.scores;
    indicatorRows.push({ scope, gold: s.gold, ours: s.ours, matched: s.matched, precision: pct(s.precision), recall: pct(s.recall) });
    details.push({ scope, facts, indicators });
  }
}

console.log('facts against tests/gold/seed-facts.jsonl');
console.table(factRows);
console.log('indicator figures per report and indicator family (value within 0.5%, same unit class)');
console.table(indicatorRows);

const passages = parseParaphrases(readFileSync('tests/fixtures/paraphrases.yaml', 'utf8'));
const paraphrases = FORMS.map((form) => ({
  form: form.name,
  ...compareParaphrases(passages.map((p) => ({ ...p, text: form.rewrite(p.text) })), taxonomy),
}));
console.log(`paraphrase set (tests/fixtures/paraphrases.yaml): ${passages.length} passages, every figure each should give`);
console.table(
  paraphrases.map(({ form, scores: s }) => ({
    form,
    expected: s.expected,
    ours: s.ours,
    matched: s.matched,
    precision: pct(s.precision),
    recall: pct(s.recall),
    'passages exactly right': s.exact,
  })),
);

const show = (v: { value: number | null; unit: string; indicator: string; kind: string }) => `${v.indicator} ${v.value ?? '—'} ${v.unit} ${v.kind}`;
for (const r of paraphrases[0]!.results.filter((x) => x.missed.length > 0 || x.extra.length > 0)) {
  const missed = r.missed.map((m) => `${m.indicator} ${m.value}`).join('; ') || 'none';
  const extra = r.extra.map((v) => `${v.indicator} ${v.value}`).join('; ') || 'none';
  console.log(`\nparaphrase ${r.passage.id}: ${r.passage.text}\n  expected but not given: ${missed}\n  given but not expected: ${extra}`);
}
for (const { scope, facts, indicators } of details) {
  if (facts && (facts.misses.length > 0 || facts.extras.length > 0)) {
    console.log(`\n${scope}: facts missed (${facts.misses.length}) and extra (${facts.extras.length})`);
    for (const m of facts.misses) console.log(`  miss   ${m.region}  ${m.text}  ${m.value} ${m.unit}  ${m.what}`);
    for (const f of facts.extras) console.log(`  extra  ${f.id}  ${f.text}  ${f.value} ${f.unit}  ${f.what}`);
  }
  if (indicators.misses.length > 0 || indicators.extras.length > 0) {
    console.log(`\n${scope}: indicator figures missed (${indicators.misses.length}) and extra (${indicators.extras.length})`);
    for (const { gold, ours } of indicators.misses) {
      console.log(`  miss   ${gold.report}  ${show(gold)}  ours: ${ours.map(show).join('; ') || 'none'}`);
    }
    for (const v of indicators.extras) console.log(`  extra  ${v.report}  ${show(v)}  facts ${v.facts.join(' ')}`);
  }
}
