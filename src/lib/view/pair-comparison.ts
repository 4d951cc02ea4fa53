import type { PairedRow } from '../../charts/paired-bars.ts';
import type { IndicatorName, IndicatorValue } from '../../contracts/indicator.ts';
import type { Members } from '../data/members.ts';
import type { ReportRef } from '../data/report-figures.ts';
import { shortRegionName } from '../format/labels.ts';
import { findValue } from '../data/lookup.ts';
import { type Shown, shownValue } from './shown-value.ts';
import type { Per } from './view-state.ts';

export interface SharedIndicator {
  indicator: IndicatorName;
  a: IndicatorValue;
  b: IndicatorValue;
}

export interface PairComparison {
  shared: SharedIndicator[];
  onlyA: Array<{ indicator: IndicatorName; value: IndicatorValue }>;
  onlyB: Array<{ indicator: IndicatorName; value: IndicatorValue }>;
}

/** One side of a pair: its report, the membership its per-member figures divide by, its region's colour. */
export interface PairSide {
  report: ReportRef;
  members: Members | null;
  color: string;
}

/** The indicators two reports both give, and those only one of them does, in taxonomy order. */
export function pairComparison(a: ReportRef, b: ReportRef, indicators: readonly IndicatorName[], values: readonly IndicatorValue[]): PairComparison {
  const of = (report: ReportRef, indicator: IndicatorName) => findValue(values, indicator.id, report.id);
  const out: PairComparison = { shared: [], onlyA: [], onlyB: [] };
  for (const indicator of indicators) {
    const va = of(a, indicator);
    const vb = of(b, indicator);
    if (va && vb) out.shared.push({ indicator, a: va, b: vb });
    else if (va) out.onlyA.push({ indicator, value: va });
    else if (vb) out.onlyB.push({ indicator, value: vb });
  }
  return out;
}

/** Both sides' figures of a shared indicator in a view. */
export function sharedShown(s: SharedIndicator, sides: [PairSide, PairSide], per: Per): [Shown, Shown] {
  return [shownValue(s.a, sides[0].report, per, sides[0].members), shownValue(s.b, sides[1].report, per, sides[1].members)];
}

/** What a row compares in a view: standing totals say so whatever the view. */
export function rowBasis(s: SharedIndicator, per: Per): string {
  if (s.a.kind === 'stock') return per === 'member' ? '存量·每万名会员' : '存量';
  return { year: '按年', total: '合计', member: '每万名会员·年' }[per];
}

/** The views a pair's chart offers, per year first; per member where both memberships are known. */
export function pairPers(comparison: PairComparison, sides: [PairSide, PairSide]): Per[] {
  const pers: Per[] = ['year', 'total'];
  if (comparison.shared.some((s) => sharedShown(s, sides, 'member').every((x) => x.number !== null))) pers.push('member');
  return pers;
}

/** The chart rows of the shared indicators whose two figures the view can show. */
export function pairedRows(sides: [PairSide, PairSide], shared: SharedIndicator[], per: Per): PairedRow[] {
  const side = ({ report, color }: PairSide, shown: Shown) => ({
    region: report.region.id,
    name: shortRegionName(report.region.name),
    color,
    value: shown.number!,
    label: shown.short,
    bound: shown.bound,
  });
  return shared.flatMap((s) => {
    const [a, b] = sharedShown(s, sides, per);
    if (a.number === null || b.number === null) return [];
    return [{ title: s.indicator.zh, basis: rowBasis(s, per), sides: [side(sides[0], a), side(sides[1], b)] }];
  });
}
