import type { ChartVariant } from '../../charts/chart-spec.ts';
import type { Indicator } from '../../contracts/indicator.ts';
import { type LegendEntry, chartLegend } from '../data/regions.ts';
import type { SiteData } from '../data/site-data.ts';
import { chartFooter } from './chart-footer.ts';
import { type IndicatorRow, MAX_BARS, chartRows } from './indicator-bars.ts';
import { indicatorSpec, indicatorViews } from './indicator-chart.ts';

/** An indicator's chart as its page and its embed show it. */
export interface IndicatorFigure {
  title: string;
  /** Units, period and what the bars mean. */
  note: string;
  variants: ChartVariant[];
  legend: LegendEntry[];
  highlights: string[];
  /** The units its reports give, `、`-joined, or `—`. */
  units: string;
}

const BOUNDS = '带“余、多、超、以上”的数字是下限，条形末端画开口箭头；带“近”的是上限，末端画竖线；原文受损或存疑的数字标“数值不详”，不画作零。';

/**
 * The chart of one indicator: its views, the note that says how the figures were made
 * comparable, and the regions drawn. `tablePages` is how many pages the table under the chart
 * runs to; null where the chart stands without it (an embed), whose note then sends readers to
 * the indicator's page for the reports the chart leaves out.
 */
export function indicatorFigure(indicator: Indicator, rows: IndicatorRow[], data: Pick<SiteData, 'places'>, tablePages: number | null): IndicatorFigure {
  const views = indicatorViews(indicator, rows);
  const pers = new Set(views.map((v) => v.per));
  const mentioned = rows.filter((r) => r.value);
  const periods = new Set(mentioned.map((r) => `${r.report.period.start}-${r.report.period.end}`));
  const units = [...new Set(mentioned.map((r) => r.value!.unit))].join('、') || '—';
  const basis = pers.has('year')
    ? `默认“折合每年”：期内完成量除以报告年数（多年报告为年均值，标“约”），“年均”“每年”数字照录，存量不折算并注明截至年份${periods.size > 1 ? '；各报告时期不同，“报告合计”不宜直接比较' : ''}。`
    : '各数字为存量（截至报告期末的总数），不按年折算。';
  const where = tablePages === null ? '见本站此指标页的表，未提及的列在表后' : `见下表${tablePages > 1 ? `（${tablePages}页）` : ''}，未提及的列在表后`;
  const cut = rows.length > MAX_BARS ? `图中为数值最大的${MAX_BARS}份报告，提到此项的${mentioned.length}份${where}。` : '';
  // The legend names the regions the chart draws, in any of its views.
  const drawn = [...new Set(views.flatMap((v) => chartRows(rows, v.per)))].filter((r) => r.value);
  const path = `/indicators/${indicator.id}/`;
  return {
    title: indicator.zh,
    note: `${basis}单位：${units}。${BOUNDS}${cut}`,
    variants: views.map((v) => ({ view: v.name, spec: indicatorSpec(indicator, rows, v), footer: chartFooter(path, v.per, v.scale, v.order) })),
    ...chartLegend(drawn.map((r) => r.report), data.places),
    units,
  };
}
