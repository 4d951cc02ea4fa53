import { type ChartSpec, drawChart } from '../../charts/chart-spec.ts';
import type { ScaleKind } from '../../charts/value-scale.ts';
import type { Indicator } from '../../contracts/indicator.ts';
import { MEMBERS_INDICATOR } from '../data/members.ts';
import { type IndicatorRow, MAX_BARS, chartRows, indicatorBars, rowShown } from './indicator-bars.ts';
import { barSummary } from './chart-summary.ts';
import { ORDERS, type Order, PER_LABELS, type Per, viewName } from './view-state.ts';

export interface ChartView {
  per: Per;
  scale: ScaleKind;
  order: Order;
  /** `year-log`, `year-log-region`: the name of the view in ids and download files. */
  name: string;
}

/**
 * The views an indicator chart offers, its default first: per year wherever a report gives
 * a flow or a yearly figure (standing totals have no per-year view), the reports' totals,
 * and per member wherever a report's membership is known (membership itself excepted); each
 * by value, then in region order.
 */
export function indicatorViews(indicator: Pick<Indicator, 'id'>, rows: IndicatorRow[]): ChartView[] {
  const given = rows.filter((r) => r.value);
  const pers: Per[] = given.some((r) => r.value!.kind !== 'stock') ? ['year', 'total'] : ['total'];
  if (indicator.id !== MEMBERS_INDICATOR && given.some((r) => rowShown(r, 'member').number !== null)) pers.push('member');
  return pers.flatMap((per) =>
    (['linear', 'log'] as const).flatMap((scale) => ORDERS.map((order) => ({ per, scale, order, name: viewName(per, scale, order) }))),
  );
}

/**
 * The view for an indicator shown small (overview, theme pages): its default, bars from zero,
 * so a figure many times another is drawn many times as long.
 */
export function overviewView(indicator: Pick<Indicator, 'id'>, rows: IndicatorRow[]): ChartView {
  return indicatorViews(indicator, rows)[0]!;
}

/** `（折合每年，对数刻度）`: how a view is named in titles and image descriptions. */
export function viewLabel(view: ChartView): string {
  return `${PER_LABELS[view.per]}${view.scale === 'log' ? '，对数刻度' : ''}`;
}

export function indicatorChartTitle(indicator: Indicator, view: ChartView): string {
  return `${indicator.zh}（${viewLabel(view)}）`;
}

export function indicatorSpec(indicator: Indicator, rows: IndicatorRow[], view: ChartView, bars = MAX_BARS): ChartSpec {
  const drawn = indicatorBars(chartRows(rows, view.per, bars, view.order), view.per);
  return {
    kind: 'bars',
    id: `${indicator.id}-${view.name}`,
    title: indicatorChartTitle(indicator, view),
    summary: barSummary(drawn, PER_LABELS[view.per]),
    scale: view.scale,
    rows: drawn,
  };
}

export function indicatorChart(indicator: Indicator, rows: IndicatorRow[], view: ChartView, width: number, bars = MAX_BARS): string {
  return drawChart(indicatorSpec(indicator, rows, view, bars), width);
}
