import { type ChartSpec, drawChart } from '../../charts/chart-spec.ts';
import { shortRegionName } from '../format/labels.ts';
import { type PairComparison, type PairSide, pairedRows } from './pair-comparison.ts';
import type { ReportRef } from '../data/report-figures.ts';
import { pairSummary } from './chart-summary.ts';
import { PER_LABELS, type Per } from './view-state.ts';

/** The two reports a pair compares, the first region's first. */
export interface ReportPair {
  a: ReportRef;
  b: ReportRef;
}

export function pairTitle(pair: ReportPair): string {
  return `${shortRegionName(pair.a.region.name)}与${shortRegionName(pair.b.region.name)}`;
}

export interface PairChartOptions {
  /** At most this many rows (link previews). */
  rows?: number;
}

export function pairSpec(pair: ReportPair, comparison: PairComparison, sides: [PairSide, PairSide], per: Per, options: PairChartOptions = {}): ChartSpec {
  const rows = pairedRows(sides, comparison.shared, per).slice(0, options.rows);
  return {
    kind: 'paired',
    id: `pair-${per}`,
    title: `${pairTitle(pair)}：两地都报告的指标（${PER_LABELS[per]}）`,
    summary: pairSummary(rows, PER_LABELS[per]),
    rows,
  };
}

export function pairChart(pair: ReportPair, comparison: PairComparison, sides: [PairSide, PairSide], per: Per, width: number, options: PairChartOptions = {}): string {
  return drawChart(pairSpec(pair, comparison, sides, per, options), width);
}
