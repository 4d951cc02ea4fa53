import type { Indicator, IndicatorValue } from '../../contracts/indicator.ts';

/** The indicators most reports give, in taxonomy order among equals: what the overview leads with. */
export function headlineIndicators(indicators: Indicator[], values: IndicatorValue[], count: number): Indicator[] {
  const reach = (i: Indicator) => new Set(values.filter((v) => v.indicator === i.id).map((v) => v.report)).size;
  return indicators
    .map((indicator, order) => ({ indicator, order, reach: reach(indicator) }))
    .filter((x) => x.reach >= 2)
    .sort((a, b) => b.reach - a.reach || a.order - b.order)
    .slice(0, count)
    .map((x) => x.indicator);
}
