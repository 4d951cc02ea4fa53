import { chartFrame, textWidth, type ChartOptions } from './chart-frame.ts';
import { CELL_CLASS } from './bar-chart.ts';
import { el, text } from './svg.ts';

export interface HeatmapRow {
  region: string;
  /** The report the row stands for: `highlight=` may pick one report of a region. */
  report?: string;
  name: string;
  /** One share per column, 0–1. */
  shares: number[];
}

export interface HeatmapOptions extends ChartOptions {
  columns: string[];
  /** Shorter column heads, used where the full ones would run into each other. */
  shortColumns?: string[];
}

const HIGH = '#a4262c';
// The faintest cell still shows as a cell, on a light or a dark page alike.
const FLOOR = 0.06;

/**
 * Rows of shares (each report's split of its facts or text over the themes), every cell
 * printed as a percentage so the colour only repeats what the number says.
 */
export function heatmap(rows: HeatmapRow[], options: HeatmapOptions): string {
  const labelWidth = Math.max(...rows.map((r) => textWidth(r.name, 13)), 24) + 8;
  const headerHeight = 28;
  const cellHeight = 34;
  const cellWidth = (options.width - labelWidth) / Math.max(options.columns.length, 1);
  const top = Math.max(...rows.flatMap((r) => r.shares), 0.01);

  const fits = options.columns.every((c) => textWidth(c, 12) <= cellWidth - 4);
  const header = (fits || !options.shortColumns ? options.columns : options.shortColumns)
    .map((c, i) => el('text', { x: labelWidth + (i + 0.5) * cellWidth, y: 18, 'text-anchor': 'middle', 'font-size': 12 }, text(c)))
    .join('');
  const body = rows
    .map((row, r) => {
      const y = headerHeight + r * cellHeight;
      const cells = row.shares
        .map((share, i) => {
          const x = labelWidth + i * cellWidth;
          // One hue at an opacity, not a light-to-dark ramp: a pale cell would glare on a dark
          // page, while a translucent one takes the page's own ground and its text colour.
          const strength = share / top;
          return (
            el('rect', { x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, fill: HIGH, 'fill-opacity': Math.round(Math.max(strength, FLOOR) * 100) / 100, class: CELL_CLASS }) +
            el('text', { x: x + cellWidth / 2, y: y + 22, 'text-anchor': 'middle', fill: strength > 0.55 ? '#ffffff' : null, 'font-size': 12 }, text(`${Math.round(share * 100)}%`))
          );
        })
        .join('');
      return el('g', { class: 'mark', 'data-region': row.region, 'data-report': row.report }, el('text', { x: 0, y: y + 22, 'font-weight': 700 }, text(row.name)), cells);
    })
    .join('');
  return chartFrame(
    { id: options.id, title: options.title, description: options.description, width: options.width, height: headerHeight + rows.length * cellHeight },
    header + body,
  );
}
