import { type ChartSpec, drawChart } from '../../charts/chart-spec.ts';
import type { Indicator, IndicatorValue } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
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

/**
 * The figures of every report of the two regions, for the indicators any of them gives: one
 * file serves the pair's page whichever reports it compares, its `report` column telling them
 * apart. A report's row is there when it mentions the indicator.
 */
export function regionPairCsv(reports: ReportFrontmatter[], indicators: Indicator[], values: IndicatorValue[], members: ReadonlyMap<string, Members>): string {
  const ids = new Set(reports.map((r) => r.id));
  const given = new Set(values.filter((v) => ids.has(v.report)).map((v) => v.indicator));
  return indicatorsCsv(indicators.filter((i) => given.has(i.id)), reports, values, members, { unmentioned: false });
}
