import type { BarDatum } from '../../charts/bar-chart.ts';
import { regionColor } from '../../charts/region-colors.ts';
import type { IndicatorValue } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import type { Members } from '../data/members.ts';
import { LEVEL_LABELS, periodLabel } from '../format/labels.ts';
import { findValue } from '../data/lookup.ts';
import { type RegionPlace, chartOrder, regionPlaces, reportName, shadeOf } from '../data/regions.ts';
import { type Shown, shownValue } from './shown-value.ts';
import type { Order, Per } from './view-state.ts';

/** One report's line for an indicator; `value` is absent when the report does not mention it. */
export interface IndicatorRow {
  report: ReportFrontmatter;
  value: IndicatorValue | undefined;
  /** The report's union membership, for the per-member view. */
  members: Members | null;
  /** Where the report stands among its region's reports. */
  place: RegionPlace;
}

/**
 * Every report with its figure for the indicator if it has one, grouped by region and in
 * time order within a region (chartOrder).
 */
export function indicatorRows(
  indicator: string,
  reports: ReportFrontmatter[],
  values: IndicatorValue[],
  members: ReadonlyMap<string, Members> = new Map(),
): IndicatorRow[] {
  const places = regionPlaces(reports);
  return chartOrder(reports).map((report) => ({
    report,
    value: findValue(values, indicator, report.id),
    members: members.get(report.id) ?? null,
    place: places.get(report.id)!,
  }));
}

/** The row's figure in a view; `未提及` where the report does not give it. */
export function rowShown(row: IndicatorRow, per: Per): Shown {
  return row.value ? shownValue(row.value, row.report, per, row.members) : { number: null, label: '未提及', short: '未提及', bound: null };
}

export function reportNote(report: ReportFrontmatter): string {
  return `${periodLabel(report.period)} · ${LEVEL_LABELS[report.region.level]}`;
}

/** The bars of an indicator chart in one view. */
export function indicatorBars(rows: IndicatorRow[], per: Per): BarDatum[] {
  return rows.map((row) => {
    const shown = rowShown(row, per);
    return {
      region: row.report.region.id,
      report: row.report.id,
      shade: shadeOf(row.place),
      name: reportName(row.report, row.place),
      note: reportNote(row.report),
      color: regionColor(row.place.region.index),
      value: shown.number,
      label: shown.short,
      bound: shown.bound,
      unchecked: row.value !== undefined && row.value.review === null,
    };
  });
}

/** At most this many bars in a chart; a larger corpus charts its largest figures and tables the rest. */
export const MAX_BARS = 20;

/**
 * The rows a chart draws: all of them while they fit, else the `bars` largest figures in the
 * view (the page's table lists every report that gives one). By value, the largest first and
 * the reports without a figure last; by region, in chart order.
 */
export function chartRows(rows: IndicatorRow[], per: Per, bars = MAX_BARS, order: Order = 'value'): IndicatorRow[] {
  // Each row's figure once: a sort asks for it at every comparison, thousands at a thousand reports.
  const sizes = new Map(rows.map((row, i) => [row, { size: rowShown(row, per).number ?? -1, at: i }]));
  const size = (row: IndicatorRow) => sizes.get(row)!.size;
  const byValue = rows.toSorted((a, b) => size(b) - size(a) || a.report.order - b.report.order);
  const kept = rows.length <= bars ? byValue : byValue.filter((row) => size(row) >= 0).slice(0, bars);
  return order === 'value' ? kept : kept.toSorted((a, b) => sizes.get(a)!.at - sizes.get(b)!.at);
}

/** A region's reports that do not mention an indicator, in time order. */
export interface Unmentioned {
  region: ReportFrontmatter['region'];
  reports: ReportFrontmatter[];
}

/**
 * The reports without the indicator, one entry per region: a page names every one of them in
 * a line per region instead of a table row per report, which at a thousand reports would be
 * most of the table.
 */
export function unmentionedByRegion(rows: IndicatorRow[]): Unmentioned[] {
  const regions = new Map<string, Unmentioned>();
  for (const { report, value } of rows) {
    if (value) continue;
    const entry = regions.get(report.region.id) ?? { region: report.region, reports: [] };
    entry.reports.push(report);
    regions.set(report.region.id, entry);
  }
  return [...regions.values()];
}
