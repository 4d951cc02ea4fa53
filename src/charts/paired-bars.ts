import { BAR_CLASS, ZERO_CLASS } from './bar-chart.ts';
import { BOUND_LEGEND_HEIGHT, BOUND_ROOM, type Bound, boundLegend, boundMark } from './bounds.ts';
import { NARROW, chartFrame, textWidth, type ChartOptions } from './chart-frame.ts';
import { el, text } from './svg.ts';
import { scaleLinear } from 'd3-scale';

export interface PairedSide {
  region: string;
  name: string;
  color: string;
  value: number;
  label: string;
  bound?: Bound;
}

export interface PairedRow {
  title: string;
  /** `按年`, `合计`, `存量`: which figure the row compares. */
  basis: string;
  sides: [PairedSide, PairedSide];
}

export type PairedBarsOptions = ChartOptions;

/**
 * Two bars per indicator, one per region, each row scaled to its own larger value: the
 * indicators differ in unit and size, so only the two figures within a row compare.
 */
export function pairedBars(rows: PairedRow[], options: PairedBarsOptions): string {
  const narrow = options.width < NARROW;
  const names = rows.flatMap((r) => r.sides.map((s) => s.name));
  const nameWidth = Math.max(...names.map((n) => textWidth(n, 12)), 24) + 8;
  const valueRoom = narrow ? 110 : 140;
  const rowHeight = 64;
  const body = rows
    .map((row, i) => {
      const top = i * rowHeight;
      const x = scaleLinear()
        .domain([0, Math.max(...row.sides.map((s) => s.value), 1e-9)])
        .range([0, options.width - nameWidth - valueRoom]);
      const bars = row.sides
        .map((side, j) => {
          const y = top + 22 + j * 20;
          const width = Math.max(x(side.value), 1);
          const bound = side.bound ?? null;
          return el(
            'g',
            { class: 'mark', 'data-region': side.region },
            el('text', { x: 0, y: y + 12 }, text(side.name)),
            el('rect', { x: nameWidth, y, width, height: 15, fill: side.color, rx: 2, class: BAR_CLASS }),
            boundMark(bound, nameWidth + width, y, 15),
            el('text', { x: nameWidth + width + 6 + (bound ? BOUND_ROOM : 0), y: y + 12 }, text(side.label)),
          );
        })
        .join('');
      return el(
        'g',
        {},
        el('text', { x: 0, y: top + 15, 'font-size': 13, 'font-weight': 700 }, text(row.title), el('tspan', { dx: 6, 'font-weight': 400, 'font-size': 12, 'fill-opacity': 0.7 }, text(row.basis))),
        bars,
      );
    })
    .join('');
  const plotHeight = Math.max(rows.length * rowHeight, 24);
  const legend = boundLegend(rows.flatMap((r) => r.sides.map((s) => s.bound ?? null)), plotHeight + 14);
  return chartFrame(
    {
      id: options.id,
      title: options.title,
      description: options.description,
      width: options.width,
      height: plotHeight + (legend ? BOUND_LEGEND_HEIGHT : 0),
    },
    // Bars' names and figures are the most of the text: their size is set once, for all rows.
    el('g', { 'font-size': 12 }, body) +
      el('line', { class: ZERO_CLASS, x1: nameWidth, x2: nameWidth, y1: 0, y2: plotHeight, stroke: 'currentColor', 'stroke-opacity': 0.6 }) +
      legend,
  );
}
