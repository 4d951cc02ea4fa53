import { barChart } from '../../charts/bar-chart.ts';
import type { ScaleKind } from '../../charts/value-scale.ts';
import type { Indicator } from '../../contracts/indicator.ts';
import { type IndicatorRow, chartRows, indicatorBars } from './indicator-bars.ts';
import type { Per } from './view-state.ts';

export interface ChartView {
  per: Per;
  scale: ScaleKind;
  /** `year-log`: the name of the view in ids and download files. */
  name: string;
}

/** The views an indicator chart offers: per year only when some report gives a flow to spread. */
export function indicatorViews(rows: IndicatorRow[]): ChartView[] {
  const pers: Per[] = rows.some((r) => r.value?.kind === 'flow' && r.value.perYear !== null) ? ['total', 'year'] : ['total'];
  return pers.flatMap((per) => (['linear', 'log'] as const).map((scale) => ({ per, scale, name: `${per}-${scale}` })));
}

/**
 * The view for an indicator shown small (overview, theme pages, link previews): per year on a
 * log scale, the one view in which a one-year county and a five-year province share a chart.
 */
export function overviewView(rows: IndicatorRow[]): ChartView {
  const views = indicatorViews(rows);
  return views.find((v) => v.name === 'year-log') ?? views.find((v) => v.scale === 'log')!;
}

export function indicatorChartTitle(indicator: Indicator, view: ChartView): string {
  return `${indicator.zh}(${view.per === 'year' ? '折合每年' : '报告合计'}${view.scale === 'log' ? ',对数刻度' : ''})`;
}

export function indicatorChart(indicator: Indicator, rows: IndicatorRow[], view: ChartView, width: number, standalone = false): string {
  return barChart(indicatorBars(chartRows(rows, view.per), view.per), {
    id: `${indicator.id}-${view.name}-${width}`,
    title: indicatorChartTitle(indicator, view),
    scale: view.scale,
    width,
    standalone,
  });
}
