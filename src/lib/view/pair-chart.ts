import { type ChartSpec, drawChart } from '../../charts/chart-spec.ts';
import type { Indicator, IndicatorValue } from '../../contracts/indicator.ts';
import { indicatorsCsv } from '../downloads/data-files.ts';
import { shortRegionName } from '../format/labels.ts';
import type { Members } from '../data/members.ts';
import { type PairComparison, type PairSide, pairedRows } from './pair-comparison.ts';
import type { RegionPair } from '../data/region-pairs.ts';
import { PER_LABELS, type Per } from './view-state.ts';

export function pairTitle(pair: RegionPair): string {
  return `${shortRegionName(pair.a.region.name)}与${shortRegionName(pair.b.region.name)}`;
}

export interface PairChartOptions {
  /** At most this many rows (link previews). */
  rows?: number;
}

export function pairSpec(pair: RegionPair, comparison: PairComparison, sides: [PairSide, PairSide], per: Per, options: PairChartOptions = {}): ChartSpec {
  return {
    kind: 'paired',
    id: `pair-${per}`,
    title: `${pairTitle(pair)}：两地都报告的指标（${PER_LABELS[per]}）`,
    rows: pairedRows(sides, comparison.shared, per).slice(0, options.rows),
  };
}

export function pairChart(pair: RegionPair, comparison: PairComparison, sides: [PairSide, PairSide], per: Per, width: number, options: PairChartOptions = {}): string {
  return drawChart(pairSpec(pair, comparison, sides, per, options), width);
}

/** The pair's figures for the indicators either of them reports. */
export function pairCsv(pair: RegionPair, comparison: PairComparison, values: IndicatorValue[], members: ReadonlyMap<string, Members>): string {
  const indicators: Indicator[] = [...comparison.shared, ...comparison.onlyA, ...comparison.onlyB].map((s) => s.indicator);
  return indicatorsCsv(indicators, [pair.a, pair.b], values, members);
}
