import type { Indicator, IndicatorValue } from '../../contracts/indicator.ts';

/** How many reports give each indicator (have a value for it). */
export function reportsGiving(values: readonly IndicatorValue[]): Map<string, number> {
  const reports = new Map<string, Set<string>>();
  for (const v of values) reports.set(v.indicator, (reports.get(v.indicator) ?? new Set()).add(v.report));
  return new Map([...reports].map(([id, set]) => [id, set.size]));
}

/**
 * The indicators some report gives: only they get a page, a chart and its downloads. An
 * indicator no report gives has nothing to compare, so the index names it without a link.
 */
export function givenIndicators<I extends Pick<Indicator, 'id'>>(indicators: readonly I[], values: readonly IndicatorValue[]): I[] {
  const reach = reportsGiving(values);
  return indicators.filter((i) => (reach.get(i.id) ?? 0) > 0);
}

/** The indicators no report gives yet. */
export function ungivenIndicators<I extends Pick<Indicator, 'id'>>(indicators: readonly I[], values: readonly IndicatorValue[]): I[] {
  const reach = reportsGiving(values);
  return indicators.filter((i) => !reach.has(i.id));
}

/** The indicators two or more reports give: the comparisons the site can really make. */
export function comparedIndicators<I extends Pick<Indicator, 'id'>>(indicators: readonly I[], values: readonly IndicatorValue[]): I[] {
  const reach = reportsGiving(values);
  return indicators.filter((i) => (reach.get(i.id) ?? 0) >= 2);
}
