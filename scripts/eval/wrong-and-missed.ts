import type { Fact } from '../facts/fact.ts';
import { type IndicatorComparison, isCharted, WRONG_REASONS } from './compare-indicators.ts';

const SHORT: Record<keyof typeof WRONG_REASONS, string> = {
  value: 'another value',
  unit: 'another unit class',
  none: 'gold: no chartable figure',
  unlisted: 'gold: not listed',
};

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Where a gold value stands in its sentences, with some text either side: the first of the
 * ways a report may write it (1200, 1.2万, 0.12亿), with its unit first, then without.
 */
export function around(value: number, unit: string, sentences: string[], reach = 20): string {
  const numbers = [String(value), `${value / 1e4}万`, `${value / 1e8}亿`];
  const forms = [...numbers.map((n) => n + unit), ...numbers];
  for (const s of sentences) {
    const squeezed = s.replace(/(?<=\d)\s+(?=[\d万亿])/g, '');
    for (const form of forms) {
      const at = squeezed.indexOf(form);
      if (at >= 0) return `${at > reach ? '…' : ''}${squeezed.slice(Math.max(0, at - reach), at + form.length + reach)}${at + form.length + reach < squeezed.length ? '…' : ''}`;
    }
  }
  return clip(sentences[0] ?? '', 2 * reach);
}

/**
 * A comparison's wrong and missed values grouped by report, one line each, with the facts a
 * wrong value was built from (their text and what they count), so a developer sees what to fix.
 * A gold value we chart otherwise shows once, as wrong; one we read on evidence too weak to
 * chart names the figures and why.
 */
export function wrongAndMissed(comparison: IndicatorComparison, facts: Fact[]): Map<string, string[]> {
  const factOf = new Map(facts.map((f) => [f.id, f]));
  const byReport = new Map<string, string[]>();
  const add = (report: string, line: string) => byReport.set(report, [...(byReport.get(report) ?? []), line]);
  for (const { ours, gold, reason } of comparison.wrong) {
    const expected = gold?.value != null ? ` (gold ${[gold.value, ...(gold.alt ?? [])].join(' or ')} ${gold.unit})` : '';
    const from = ours.facts.map((id) => {
      const f = factOf.get(id);
      return f ? `${f.text} ${clip(f.what, 24)}` : id;
    });
    add(ours.report, `wrong   ${ours.indicator} ${ours.value} ${ours.unit}: ${SHORT[reason]}${expected}; from ${from.join(' + ')}`);
  }
  const candidates = Map.groupBy(
    facts.filter((f) => f.candidate !== null),
    (f) => `${f.report}\u0000${f.candidate}`,
  );
  for (const { gold, ours } of comparison.missed) {
    if (ours && isCharted(ours)) continue;
    const weak = (candidates.get(`${gold.report}\u0000${gold.indicator}`) ?? []).map((f) => `${f.text} (${f.candidateReason})`);
    const given = ours ? 'given, not charted' : weak.length > 0 ? `weak evidence, not charted: ${weak.join(' + ')}` : 'not given';
    add(gold.report, `missed  ${gold.indicator} ${gold.value} ${gold.unit}: ${given}; «${around(gold.value!, gold.unit, gold.sentences)}»`);
  }
  return new Map([...byReport].sort(([a], [b]) => a.localeCompare(b)));
}
