import { BOUND_LEGEND_HEIGHT, BOUND_ROOM, type Bound, boundLegend, boundMark } from './bounds.ts';
import { NARROW, chartFrame, textWidth, type ChartOptions } from './chart-frame.ts';
import { formatCompact } from './format-number.ts';
import { REVIEW_LEGEND_HEIGHT, reviewLegend, UNCHECKED_BAR } from './review-marks.ts';
import { el, text } from './svg.ts';
import { type ScaleKind, valueScale } from './value-scale.ts';

/** One report's bar: a value, or a reason there is none. */
export interface BarDatum {
  region: string;
  /** The report the bar stands for: `highlight=` may pick one report of a region. */
  report?: string;
  /** Below 1 for a region's earlier reports: the same hue, lighter. */
  shade?: number;
  /** Region name as printed beside the bar. */
  name: string;
  /** Period and level, printed under the name. */
  note: string;
  color: string;
  /** Null when the report does not mention the indicator or its figure is unreadable. */
  value: number | null;
  /** The value as the report gives it (`44.9万余元`), or why there is none (`未提及`). */
  label: string;
  /** An approximate figure's side: drawn at the bar's end and explained under the chart. */
  bound?: Bound;
  /** No editor checked the figure: the bar is outlined and the legend says so. */
  unchecked?: boolean;
}

export interface BarChartOptions extends ChartOptions {
  scale: ScaleKind;
}

const VALUE_ROOM = 120;
const AXIS = 24;
const DOT_RADIUS = 5;

/**
 * Bars and zero lines carry these classes, so a check over a built site can find every bar
 * and the zero it must stand on (tests/helpers/bar-baselines.ts).
 */
export const BAR_CLASS = 'bar';
export const ZERO_CLASS = 'zero';
/** A heatmap's cell: a rectangle whose shade, not its length, carries the figure. */
export const CELL_CLASS = 'cell';

/**
 * Horizontal bars from zero on a linear scale, one per report, each labelled with its region,
 * period, level and value, so the chart reads without its legend and without colour. On a log
 * scale, which has no zero for a bar to stand on, each report is a dot on its row's line
 * instead: a bar's length there would misstate how many times one figure is another. Reports
 * with no figure keep their row and say why.
 */
export function barChart(data: BarDatum[], options: BarChartOptions): string {
  const narrow = options.width < NARROW;
  // Room at the left edge for the first tick's label, centred under the start of the bars.
  const left = narrow ? 20 : 168;
  const rowHeight = narrow ? 50 : 44;
  const barHeight = 16;
  // The longest bar ends where its label, after the bound mark, still fits inside the chart.
  const room = Math.max(VALUE_ROOM, ...data.filter((d) => d.value !== null).map((d) => textWidth(d.label, 13) + 6 + (d.bound ? BOUND_ROOM : 0) + 4));
  const right = options.width - Math.min(room, options.width / 2);
  const values = data.map((d) => d.value).filter((v): v is number => v !== null);
  const { scale, ticks } = valueScale(values, options.scale, [left, right]);
  const dots = options.scale === 'log';
  const plotHeight = data.length * rowHeight;

  // Every tick keeps its grid line; labels thin out so they never run into each other.
  const labelEvery = Math.ceil(ticks.length / (narrow ? 4 : 8));
  // Shared attributes sit on a group, not on each line and label.
  const grid =
    el('g', { stroke: 'currentColor', 'stroke-opacity': 0.15 }, ...ticks.map((t) => el('line', { x1: scale(t), x2: scale(t), y1: 0, y2: plotHeight }))) +
    el(
      'g',
      { 'text-anchor': 'middle', 'fill-opacity': 0.7, 'font-size': 12 },
      ...ticks.filter((_, i) => i % labelEvery === 0).map((t) => el('text', { x: scale(t), y: plotHeight + 16 }, text(formatCompact(t)))),
    );

  // The line bars stand on; a log scale has none.
  const zeroLine = dots ? '' : el('line', { class: ZERO_CLASS, x1: scale(0), x2: scale(0), y1: 0, y2: plotHeight, stroke: 'currentColor', 'stroke-opacity': 0.6 });
  const rows = data
    .map((d, i) => {
      const top = i * rowHeight;
      const barY = narrow ? top + 24 : top + 6;
      const nameY = narrow ? top + 16 : top + 18;
      const labels = narrow
        ? el('text', { x: left, y: nameY }, el('tspan', { 'font-weight': 700 }, text(d.name)), el('tspan', { dx: 8, 'fill-opacity': 0.7, 'font-size': 12 }, text(d.note)))
        : el('text', { x: 0, y: nameY, 'font-weight': 700 }, text(d.name)) +
          el('text', { x: 0, y: nameY + 16, 'font-size': 12, 'fill-opacity': 0.7 }, text(d.note));
      const group = { class: 'mark', 'data-region': d.region, 'data-report': d.report };
      if (d.value === null) {
        return el('g', group, labels, el('text', { x: left + 4, y: barY + 13, 'fill-opacity': 0.7, 'font-style': 'italic' }, text(d.label)));
      }
      const bound = d.bound ?? null;
      const faint = d.shade !== undefined && d.shade < 1 ? d.shade : undefined;
      const unchecked = d.unchecked && { ...UNCHECKED_BAR, 'fill-opacity': UNCHECKED_BAR['fill-opacity'] * (d.shade ?? 1) };
      const end = dots ? scale(d.value > 0 ? d.value : scale.domain()[0]!) : scale(0) + Math.max(scale(d.value) - scale(0), 1);
      const mark = dots
        ? el('line', { x1: left, x2: right, y1: barY + barHeight / 2, y2: barY + barHeight / 2, stroke: 'currentColor', 'stroke-opacity': 0.3 }) +
          el('circle', { cx: end, cy: barY + barHeight / 2, r: DOT_RADIUS, fill: d.color, 'fill-opacity': faint, ...unchecked })
        : el('rect', { x: scale(0), y: barY, width: end - scale(0), height: barHeight, fill: d.color, 'fill-opacity': faint, rx: 2, class: BAR_CLASS, ...unchecked });
      const after = dots ? end + DOT_RADIUS : end;
      // A dot's figure stands in a column past its line, clear of the line and of other dots.
      const labelX = dots ? right + 8 : after + 6 + (bound ? BOUND_ROOM : 0);
      return el(
        'g',
        group,
        labels,
        mark,
        boundMark(bound, after, barY, barHeight),
        el('text', { x: labelX, y: barY + 13 }, text(d.label)),
      );
    })
    .join('');

  const drawn = data.filter((d) => d.value !== null);
  const legend = boundLegend(drawn.map((d) => d.bound ?? null), plotHeight + AXIS + 16);
  const legendsTop = plotHeight + AXIS + (legend ? BOUND_LEGEND_HEIGHT : 0);
  const reviews = reviewLegend(drawn.some((d) => d.unchecked), drawn.some((d) => !d.unchecked), legendsTop + 16);
  return chartFrame(
    {
      id: options.id,
      title: options.title,
      description: options.description,
      width: options.width,
      height: legendsTop + (reviews ? REVIEW_LEGEND_HEIGHT : 0),
    },
    grid + zeroLine + rows + legend + reviews,
  );
}
