import { pairedBars } from '../../charts/paired-bars.ts';
import type { Indicator, IndicatorValue } from '../../contracts/indicator.ts';
import { indicatorsCsv } from '../downloads/data-files.ts';
import { shortRegionName } from '../format/labels.ts';
import { type PairComparison, pairedRows } from './pair-comparison.ts';
import type { RegionPair } from '../data/region-pairs.ts';

export function pairTitle(pair: RegionPair): string {
  return `${shortRegionName(pair.a.region.name)}与${shortRegionName(pair.b.region.name)}`;
}

export function pairChart(pair: RegionPair, comparison: PairComparison, width: number, standalone = false): string {
  return pairedBars(pairedRows(pair.a, pair.b, comparison.shared), {
    id: `pair-${width}`,
    title: `${pairTitle(pair)}:两地都报告的指标`,
    width,
    standalone,
  });
}

/** The pair's figures for the indicators either of them reports. */
export function pairCsv(pair: RegionPair, comparison: PairComparison, values: IndicatorValue[]): string {
  const indicators: Indicator[] = [...comparison.shared, ...comparison.onlyA, ...comparison.onlyB].map((s) => s.indicator);
  return indicatorsCsv(indicators, [pair.a, pair.b], values);
}
