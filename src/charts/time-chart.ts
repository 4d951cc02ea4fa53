import { scaleLinear } from 'd3-scale';
import type { Bound } from './bounds.ts';
import { chartFrame, textWidth, type ChartOptions } from './chart-frame.ts';
import { formatCompact } from './format-number.ts';
import { el, text } from './svg.ts';

/** One report's figure on a region's time chart. */
export interface TimeSpan {
  report: string;
  /**
   * The stretch of time the figure covers, in years: `[2018, 2023)` for a five-year review
   * from the 2018 to the 2023 congress, `[2025, 2026)` for the year 2025, the year it is
   * dated in for a standing total.
   */
  from: number;
  until: number;
  /** Null when the figure is unknown (damaged): the span is named, nothing is drawn. */
  value: number | null;
  /** `约9920万元/年`, `近1000万人次`: the label printed above the span. */
  label: string;
  bound: Bound;
  /** A standing total is true at the end of its period: a dot, not a span. */
  stock: boolean;
  /** 1 for the latest report, lighter for earlier ones. */
  shade: number;
}

export interface TimeChartOptions extends ChartOptions {
  color: string;
}

const HEIGHT = 150;
const TOP = 30;
const AXIS = 22;
const LEFT = 44;
/** Axis labels and unknown figures: smaller and fainter than a figure's label. */
const AXIS_TEXT = { 'font-size': 12, 'fill-opacity': 0.7 } as const;

/**
 * A region's figure for one indicator over its reports: each figure drawn across the years
 * its report covers, at its per-year height, so a five-year review's average and an annual
 * report's figure share one scale and a reader sees which years each speaks for. Lower
 * bounds (余/多/以上) carry an upward chevron over the line, upper bounds (近) a bar: the
 * true value lies above, or just below.
 */
export function timeChart(spans: TimeSpan[], options: TimeChartOptions): string {
  const first = Math.min(...spans.map((s) => s.from));
  const last = Math.max(...spans.map((s) => s.until));
  const x = scaleLinear().domain([first, last]).range([LEFT, options.width - 12]);
  const known = spans.map((s) => s.value).filter((v): v is number => v !== null);
  const y = scaleLinear().domain([0, Math.max(...known, 1)]).range([HEIGHT - AXIS, TOP]).nice(3);
  const bottom = y(0);

  // Shared attributes sit on a group, not on each element: a region's page draws dozens of these.
  const years: string[] = [];
  const step = Math.ceil((last - first) / Math.max(Math.floor((options.width - LEFT) / 48), 1));
  for (let year = first; year < last; year += step) {
    years.push(el('text', { x: (x(year) + x(year + 1)) / 2, y: bottom + 16 }, text(String(year))));
  }
  const ticks = y.ticks(3);
  const grid =
    el('g', { stroke: 'currentColor', 'stroke-opacity': 0.15 }, ...ticks.map((t) => el('line', { x1: LEFT, x2: options.width - 12, y1: y(t), y2: y(t) }))) +
    el('g', { ...AXIS_TEXT, 'text-anchor': 'end' }, ...ticks.map((t) => el('text', { x: LEFT - 6, y: y(t) + 4 }, text(formatCompact(t))))) +
    el('g', { ...AXIS_TEXT, 'text-anchor': 'middle' }, ...years);

  const marks = spans
    .map((s) => {
      const start = x(s.from);
      const end = x(s.until);
      const mid = (start + end) / 2;
      const attrs = { class: 'mark', 'data-report': s.report };
      if (s.value === null) {
        return el('g', attrs, el('text', { x: mid, y: bottom - 6, ...AXIS_TEXT, 'font-style': 'italic' }, text(s.label)));
      }
      const at = y(s.value);
      const shape = s.stock
        ? el('circle', { cx: mid, cy: at, r: 5, fill: options.color, 'fill-opacity': s.shade < 1 ? s.shade : undefined })
        : el('line', { x1: start + 2, x2: end - 2, y1: at, y2: at, stroke: options.color, 'stroke-opacity': s.shade < 1 ? s.shade : undefined });
      // The bound mark sits between the line and its label, pointing the way the true value lies.
      const bound =
        s.bound === 'lower'
          ? el('polyline', { points: `${mid - 4},${at - 4} ${mid},${at - 8} ${mid + 4},${at - 4}`, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5, class: 'bound' })
          : s.bound === 'upper'
            ? el('line', { x1: mid - 5, x2: mid + 5, y1: at - 6, y2: at - 6, stroke: 'currentColor', 'stroke-width': 2, class: 'bound' })
            : '';
      // Centred over its span, but never past the chart's edges (a last year's narrow span sits at the right).
      const half = textWidth(s.label, 12) / 2;
      const labelX = Math.min(Math.max(mid, LEFT + half), options.width - half);
      return el('g', attrs, shape, bound, el('text', { x: labelX, y: at - (s.bound ? 13 : 9) }, text(s.label)));
    });

  return chartFrame(
    { id: options.id, title: options.title, description: options.description, width: options.width, height: HEIGHT },
    // The spans' stroke: a bound mark sets its own width, and takes the round ends too.
    grid + el('g', { 'text-anchor': 'middle', 'font-size': 12, 'stroke-width': 5, 'stroke-linecap': 'round' }, ...marks),
  );
}
