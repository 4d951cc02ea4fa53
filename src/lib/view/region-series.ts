import type { TimeSpan } from '../../charts/time-chart.ts';
import type { Indicator, IndicatorValue } from '../../contracts/indicator.ts';
import { findValue } from '../data/lookup.ts';
import { type Region, shadeOf } from '../data/regions.ts';
import { type Change, type Reading, changesOver } from './region-changes.ts';
import { type Shown, shownValue } from './shown-value.ts';

/** One indicator across a region's reports. */
export interface RegionIndicator {
  indicator: Indicator;
  /** The reports that give it, in time order, each with its per-year figure and change. */
  readings: Array<Reading & { change: Change | null; shown: Shown }>;
}

/**
 * Every indicator any of the region's reports gives, in taxonomy order, with its readings
 * in time order. Per year, so that a five-year review and annual reports share a scale.
 */
export function regionSeries(region: Region, indicators: Indicator[], values: IndicatorValue[]): RegionIndicator[] {
  return indicators.flatMap((indicator) => {
    const readings = region.reports.flatMap((report) => {
      const value = findValue(values, indicator.id, report.id);
      return value ? [{ report, value }] : [];
    });
    if (readings.length === 0) return [];
    return [{ indicator, readings: changesOver(readings).map((r) => ({ ...r, shown: shownValue(r.value, r.report, 'year', null) })) }];
  });
}

/** The indicators two or more of the region's reports give: those a reader can follow over time. */
export function followed(series: RegionIndicator[]): RegionIndicator[] {
  return series.filter((s) => s.readings.length > 1);
}

/** The time chart's spans of one indicator: each figure over the years its report covers. */
export function timeSpans(series: RegionIndicator, region: Region): TimeSpan[] {
  return series.readings.map(({ report, value, shown }) => {
    const stock = value.kind === 'stock';
    const end = report.period.start + report.period.years;
    // A flow its sentence dates inside the period (`2022年以来`) starts in that year, as its label says.
    const dated = value.years === undefined ? report.period.start : Math.max(report.period.start, report.period.end - value.years + 1);
    const from = stock ? report.period.end : Math.min(dated, end - 1);
    return {
      report: report.id,
      from,
      until: stock ? from + 1 : end,
      value: shown.number,
      label: shown.short,
      bound: shown.bound,
      stock,
      shade: shadeOf({ region, position: region.reports.indexOf(report) }),
    };
  });
}
