import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadTaxonomy } from '../facts/taxonomy.ts';
import { paths } from '../lib/paths.ts';
import { compareFacts } from './compare.ts';
import { compareIndicators, type IndicatorComparison } from './compare-indicators.ts';
import { toFullWidth } from './full-width.ts';
import { DEV_DIR, type EvalSet, evalSets, goldDrift } from './sets.ts';
import { type TableRow, textTable } from './text-table.ts';
import { wrongAndMissed } from './wrong-and-missed.ts';

// `npm run eval`: the indicator values and facts of each set against its gold, real text
// first, both punctuation forms; the wrong and missed values per report go to OUT.
const OUT = 'test-output/eval/wrong-and-missed.txt';
const FORMS = [
  { name: 'as found', rewrite: (t: string) => t },
  { name: 'full-width', rewrite: toFullWidth },
];
const PROJECT_LINE = 'written for the project, in the style the rules already read: regression tests, no measure of unseen text';

const taxonomy = loadTaxonomy(paths.taxonomy);
const known = new Set(taxonomy.indicators.map((i) => i.id));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const EVAL_SETS = evalSets();
const available = EVAL_SETS.filter((s) => s.absent() === null);
const skipped = EVAL_SETS.filter((s) => s.absent() !== null);

console.log(`npm run eval: indicator values and facts against hand-checked gold, real text first

How an indicator value is scored
  Every value the site charts (a number not marked uncertain) is scored, per report and indicator id
  (a twin is its own indicator). It is right when within 0.5% of the gold value or one of its alt
  readings, in the unit class of the gold's unit. It is wrong when the gold gives another value or
  unit class, when the gold line has value null (the report mentions the indicator but gives no
  chartable figure, so charting one is wrong), or when the gold lists no line for that report and
  indicator. Precision = right / charted. Recall = right / gold lines with a value: a gold value we
  do not chart, or chart otherwise, is missed; null lines count in neither total. Lines marked
  disputed or revised are scored as they stand. Sets whose gold was written for fewer indicators
  (excerpts a, b) score only the indicators their gold names.
  Facts: every quantity extracted, matched one to one on region, value and unit.

Sets`);
for (const s of EVAL_SETS) console.log(`  ${s.name.padEnd(12)} ${s.real ? 'real text' : 'project'}  ${s.source}`);
console.log(`Skipped: ${skipped.map((s) => `${s.name} (${s.absent()})`).join('; ') || 'none'}`);
const COPIES = [
  [join(DEV_DIR, '..', 'gold', 'seed-indicator-values.jsonl'), 'tests/gold/seed-indicator-values.jsonl'],
  [join(DEV_DIR, '..', 'gold', 'seed-facts.jsonl'), 'tests/gold/seed-facts.jsonl'],
  [join(DEV_DIR, 'indicator-values.jsonl'), 'tests/gold/dev-indicator-values.jsonl'],
  [join(DEV_DIR, 'facts.jsonl'), 'tests/gold/dev-facts.jsonl'],
];
for (const [original, copy] of COPIES) {
  const drift = goldDrift(original!, copy!);
  if (drift > 0) console.log(`Note: ${drift} lines of ${relative('.', original!)} are not in its copy ${copy} (scored: the copy)`);
}
for (const s of available) {
  const unknown = [...new Set(s.goldValues(taxonomy).map((g) => g.indicator))].filter((id) => !known.has(id));
  if (unknown.length > 0) console.log(`Note: the gold of ${s.name} names indicators the taxonomy lacks (scored as missed): ${unknown.join(', ')}`);
}

interface Result {
  set: EvalSet;
  form: string;
  reports: number;
  indicators: IndicatorComparison;
  facts: ReturnType<typeof compareFacts> | null;
  details: Map<string, string[]>;
}
const results: Result[] = [];
for (const set of available) {
  const gold = set.goldValues(taxonomy);
  for (const form of FORMS) {
    const run = set.run(taxonomy, form.rewrite);
    const indicators = compareIndicators(gold, run.values, taxonomy.vocabulary.unitClasses, { complete: set.complete });
    const facts = set.goldFacts ? compareFacts(set.goldFacts(), run.facts) : null;
    results.push({ set, form: form.name, reports: run.reports.length, indicators, facts, details: wrongAndMissed(indicators, run.facts) });
  }
}

/** The rows of one measure, real text first and the project's own sets under a rule. */
function rows(pick: (r: Result) => Array<string | number> | null): TableRow[] {
  const picked = (real: boolean) =>
    results.filter((r) => r.set.real === real).flatMap((r) => {
      const row = pick(r);
      return row ? [row] : [];
    });
  const [real, own] = [picked(true), picked(false)];
  return [...real, ...(own.length > 0 ? [{ rule: PROJECT_LINE }] : []), ...own];
}

const byReason = (r: Result, reason: string) => r.indicators.wrong.filter((w) => w.reason === reason).length;
console.log('\nIndicator values (every charted value scored)');
console.log(
  textTable(
    ['set', 'form', 'reports', 'gold', 'charted', 'right', 'precision', 'recall', 'wrong: value', 'unit', 'gold none', 'unlisted', 'unscored'],
    rows((r) => {
      const s = r.indicators.scores;
      return [r.set.name, r.form, r.reports, s.gold, s.charted, s.right, pct(s.precision), pct(s.recall),
        byReason(r, 'value'), byReason(r, 'unit'), byReason(r, 'none'), byReason(r, 'unlisted'), r.indicators.unjudged.length];
    }),
  ),
);
console.log('\nFacts (every quantity in the text)');
console.log(
  textTable(
    ['set', 'form', 'gold', 'ours', 'right', 'precision', 'recall', 'qualifier', 'theme'],
    rows((r) => {
      if (!r.facts) return null;
      const s = r.facts.overall;
      return [r.set.name, r.form, s.gold, s.extracted, s.matched, pct(s.precision), pct(s.recall), pct(s.qualifierAccuracy), pct(s.themeAgreement)];
    }),
  ),
);

const section = (r: Result) => {
  const lines = [`== ${r.set.name}, ${r.form}: ${r.indicators.wrong.length} wrong, ${r.indicators.missed.length} missed`];
  for (const [report, items] of r.details) lines.push(`${report}`, ...items.map((i) => `  ${i}`));
  if (r.facts) {
    lines.push(`-- facts missed (${r.facts.misses.length}) and extra (${r.facts.extras.length})`);
    for (const m of r.facts.misses) lines.push(`  miss   ${m.region}  ${m.text}  ${m.value} ${m.unit}  ${m.what}`);
    for (const f of r.facts.extras) lines.push(`  extra  ${f.id}  ${f.text}  ${f.value} ${f.unit}  ${f.what}`);
  }
  return lines.join('\n');
};
mkdirSync(join(OUT, '..'), { recursive: true });
writeFileSync(OUT, `${results.map(section).join('\n\n')}\n`);

console.log('\nWrong and missed indicator values per report, real text as found');
for (const r of results.filter((x) => x.set.real && x.form === FORMS[0]!.name)) {
  for (const [report, items] of r.details) {
    console.log(`${r.set.name}/${report}`);
    for (const i of items) console.log(`  ${i}`);
  }
}
console.log(`\nEvery set and form, with the facts missed and extra: ${relative('.', OUT)}`);
