import { existsSync } from 'node:fs';
import { explainCounted, LEFT_OUT_REASONS } from '../facts/aggregate.ts';
import { partsOf } from '../facts/corpus-facts.ts';
import { whyLines } from '../facts/match-why.ts';
import { coversIn, sumWords } from '../facts/not-added.ts';
import { figureOf, readIndicators } from '../facts/report-facts.ts';
import { sentenceDating } from '../facts/since.ts';
import { loadTaxonomy } from '../facts/taxonomy.ts';
import { paths } from '../lib/paths.ts';
import { compareIndicators, type GoldValue, WRONG_REASONS } from './compare-indicators.ts';
import { runCorpus } from './corpus-run.ts';
import { evalSets } from './sets.ts';
import { wrongAndMissed } from './wrong-and-missed.ts';

// Prints every figure of a set's reports with how the rules read it, why its indicator won,
// how strong that evidence is (a weak one's indicator, in brackets, is only a candidate and
// not charted) and why the next ones lost (or why none fits), and, where the set has a gold, how the eval
// scores the indicator value the figure went into:
// `npm run explain -- [set name or seeds folder] [report id]` (sets: seeds, dev, "excerpts a", …).
const [which = 'seeds', report] = process.argv.slice(2);
const taxonomy = loadTaxonomy(paths.taxonomy);
const set = evalSets().find((s) => s.name === which);
if (!set && !existsSync(which)) {
  console.error(`${which}: neither a set (${evalSets().map((s) => s.name).join(', ')}) nor a folder`);
  process.exit(1);
}
const absent = set?.absent();
if (absent) {
  console.error(`${which}: skipped, ${absent}`);
  process.exit(1);
}
const run = set ? set.run(taxonomy, (t) => t) : runCorpus(which, taxonomy);
const gold: GoldValue[] = set ? set.goldValues(taxonomy) : [];
const comparison = set ? compareIndicators(gold, run.values, taxonomy.vocabulary.unitClasses, { complete: set.complete }) : null;

const key = (r: string, indicator: string) => `${r}\u0000${indicator}`;
const verdict = new Map<string, string>();
for (const { ours } of comparison?.right ?? []) verdict.set(key(ours.report, ours.indicator), '✓ right');
for (const { ours, gold: g, reason } of comparison?.wrong ?? []) {
  verdict.set(key(ours.report, ours.indicator), `✗ ${WRONG_REASONS[reason]}${g?.value != null ? ` (${g.value})` : ''}, charted ${ours.value}`);
}
const details = comparison ? wrongAndMissed(comparison, run.facts) : new Map<string, string[]>();

for (const r of run.reports.filter((x) => !report || x.entry.id === report)) {
  console.log(`\n${r.entry.id}`);
  const readings = readIndicators(r.entry, r.extracted, taxonomy);
  for (const [i, e] of r.extracted.entries()) {
    const { fact, reading, evidence, partOf } = e;
    const scored = fact.indicator && comparison ? `  ${verdict.get(key(r.entry.id, fact.indicator)) ?? '· not charted'}` : '';
    const shown = fact.indicator ?? (fact.candidate ? `(${fact.candidate})` : '—');
    console.log(
      `${fact.id.slice(-4)} ${fact.text.padEnd(10)} ${shown.padEnd(34)} ${reading.kind}${reading.marker ? `/${reading.marker}` : ''}` +
        `${partOf ? ` ⊂${partOf.slice(-4)}` : ''} [${[...e.actions].join(',')}]  ‹${evidence.item}›${scored}`,
    );
    const { overruled } = readings[i]!;
    if (overruled) console.log(`       overruled: ${overruled}`);
    if (fact.years !== undefined) console.log(`       dated: ${sentenceDating(evidence.sentence, taxonomy.vocabulary.since)!.reason}; per year over its ${fact.years} years of the period`);
    for (const line of whyLines(figureOf(r.entry, e), e.evidence, taxonomy)) console.log(`       ${line}`);
  }
  for (const line of sumLines(r)) console.log(`  ${line}`);
  const missed = (details.get(r.entry.id) ?? []).filter((l) => l.startsWith('missed'));
  for (const line of missed) console.log(`     ${line}`);
}

/** For each indicator of a report with more than one figure, the figures it adds up and why it leaves each other out. */
function sumLines(r: (typeof run.reports)[number]): string[] {
  const partOf = partsOf([r], taxonomy);
  const covers = coversIn(r.extracted, sumWords(taxonomy.vocabulary), r.entry.region.name);
  const groups = Map.groupBy(
    r.extracted.filter((e) => e.fact.indicator !== null),
    (e) => e.fact.indicator!,
  );
  const lines: string[] = [];
  for (const [indicator, group] of groups) {
    if (group.length < 2) continue;
    const { kept, leftOut } = explainCounted(
      group.map((e) => e.fact),
      partOf,
    );
    lines.push(`sum ${indicator}: ${kept.map((f) => `${f.id.slice(-4)} ${f.text}`).join(' + ')}`);
    for (const { fact, by, why } of leftOut) {
      const rule = why === 'part' ? covers.get(fact.id)?.reason : undefined;
      lines.push(`    left out ${fact.id.slice(-4)} ${fact.text}, for ${by.slice(-4)}: ${rule ?? LEFT_OUT_REASONS[why]}`);
    }
  }
  return lines;
}
