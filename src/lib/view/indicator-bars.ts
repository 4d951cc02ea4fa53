import type { BarDatum } from '../../charts/bar-chart.ts';
import { formatCompact } from '../../charts/format-number.ts';
import { regionColor } from '../../charts/region-colors.ts';
import type { IndicatorValue } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import { LEVEL_LABELS, periodLabel, shortRegionName, valueLabel } from '../format/labels.ts';
import { findValue } from '../data/lookup.ts';
import type { Per } from './view-state.ts';

/** One report's line for an indicator; `value` is absent when the report does not mention it. */
export interface IndicatorRow {
  report: ReportFrontmatter;
  value: IndicatorValue | undefined;
}

/** Every report, in catalog order, with its figure for the indicator if it has one. */
export function indicatorRows(indicator: string, reports: ReportFrontmatter[], values: IndicatorValue[]): IndicatorRow[] {
  return [...reports]
    .sort((a, b) => a.order - b.order)
    .map((report) => ({ report, value: findValue(values, indicator, report.id) }));
}

/**
 * The number a view shows: per year only where the report's figure is a flow over its
 * period (or already a yearly rate); a stock stays as reported.
 */
export function shownValue(value: IndicatorValue, per: Per): { number: number | null; annual: boolean } {
  if (value.value === null) return { number: null, annual: false };
  if (value.perYear !== null && (per === 'year' || value.kind === 'per-unit')) return { number: value.perYear, annual: true };
  return { number: value.value, annual: false };
}

/** The figure as a chart or table prints it: `44.9万 元/年`, `约 2 名`, `433 家(存量)`. */
export function shownLabel(value: IndicatorValue, per: Per, formatNumber: (n: number) => string = formatCompact): string {
  const { number, annual } = shownValue(value, per);
  if (number === null) return '数值不详';
  const label = valueLabel(number, value.unit, value.qualifier, formatNumber);
  if (annual) return `${label}/年`;
  return per === 'year' ? `${label}(${value.kind === 'stock' ? '存量' : '不折算'})` : label;
}

export function reportNote(report: ReportFrontmatter): string {
  return `${periodLabel(report.period)} · ${LEVEL_LABELS[report.region.level]}`;
}

/** The bars of an indicator chart in one view. */
export function indicatorBars(rows: IndicatorRow[], per: Per): BarDatum[] {
  return rows.map(({ report, value }) => ({
    region: report.region.id,
    name: shortRegionName(report.region.name),
    note: reportNote(report),
    color: regionColor(report.order),
    value: value ? shownValue(value, per).number : null,
    label: value ? shownLabel(value, per) : '未提及',
  }));
}

/** At most this many bars in a chart; a larger corpus charts its largest figures and tables the rest. */
export const MAX_BARS = 20;

/**
 * The rows a chart draws: all of them while they fit, else the MAX_BARS largest figures in
 * the view (the page's table still lists every report).
 */
export function chartRows(rows: IndicatorRow[], per: Per): IndicatorRow[] {
  if (rows.length <= MAX_BARS) return rows;
  const size = (row: IndicatorRow) => (row.value ? (shownValue(row.value, per).number ?? -1) : -1);
  return rows
    .filter((row) => size(row) >= 0)
    .sort((a, b) => size(b) - size(a) || a.report.order - b.report.order)
    .slice(0, MAX_BARS);
}
