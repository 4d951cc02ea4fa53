import type { PairedRow } from '../../charts/paired-bars.ts';
import { regionColor } from '../../charts/region-colors.ts';
import type { Indicator, IndicatorValue } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import { shownLabel, shownValue } from './indicator-bars.ts';
import { shortRegionName } from '../format/labels.ts';
import { findValue } from '../data/lookup.ts';
import type { Per } from './view-state.ts';

export interface SharedIndicator {
  indicator: Indicator;
  a: IndicatorValue;
  b: IndicatorValue;
  /** Per year when both figures can be put per year, so a one-year and a five-year report compare fairly. */
  per: Per;
}

export interface PairComparison {
  shared: SharedIndicator[];
  onlyA: Array<{ indicator: Indicator; value: IndicatorValue }>;
  onlyB: Array<{ indicator: Indicator; value: IndicatorValue }>;
}

/** The indicators two reports both give, and those only one of them does, in taxonomy order. */
export function pairComparison(a: ReportFrontmatter, b: ReportFrontmatter, indicators: Indicator[], values: IndicatorValue[]): PairComparison {
  const of = (report: ReportFrontmatter, indicator: Indicator) => findValue(values, indicator.id, report.id);
  const out: PairComparison = { shared: [], onlyA: [], onlyB: [] };
  for (const indicator of indicators) {
    const va = of(a, indicator);
    const vb = of(b, indicator);
    if (va && vb) {
      const per: Per = va.perYear !== null && vb.perYear !== null ? 'year' : 'total';
      out.shared.push({ indicator, a: va, b: vb, per });
    } else if (va) {
      out.onlyA.push({ indicator, value: va });
    } else if (vb) {
      out.onlyB.push({ indicator, value: vb });
    }
  }
  return out;
}

/** The chart rows of the shared indicators whose two figures are both legible. */
export function pairedRows(a: ReportFrontmatter, b: ReportFrontmatter, shared: SharedIndicator[]): PairedRow[] {
  const side = (report: ReportFrontmatter, value: IndicatorValue, per: Per) => ({
    region: report.region.id,
    name: shortRegionName(report.region.name),
    color: regionColor(report.order),
    value: shownValue(value, per).number ?? 0,
    label: shownLabel(value, per),
  });
  return shared
    .filter((s) => s.a.value !== null && s.b.value !== null)
    .map((s) => ({
      title: s.indicator.zh,
      basis: s.per === 'year' ? '按年' : '合计',
      sides: [side(a, s.a, s.per), side(b, s.b, s.per)],
    }));
}
