import { el, text } from './svg.ts';

/**
 * How a bar shows that no editor checked its figure: a dashed outline round a paler bar.
 * Shape as well as shade, so it reads in print and for colour-blind readers; the legend
 * line says it in words.
 */
export const UNCHECKED_BAR = { stroke: 'currentColor', 'stroke-dasharray': '3 2', 'stroke-width': 1, 'fill-opacity': 0.35 } as const;

export const REVIEW_LEGEND_HEIGHT = 22;

/** The legend line for checked and unchecked bars at `y`; empty when every bar was checked. */
export function reviewLegend(unchecked: boolean, checked: boolean, y: number): string {
  if (!unchecked) return '';
  const sample = (x: number, attributes: Record<string, string | number>) => el('rect', { x, y: y - 10, width: 16, height: 10, rx: 2, fill: 'currentColor', 'fill-opacity': 0.6, ...attributes });
  const parts = [sample(0, UNCHECKED_BAR), el('text', { x: 22, y, 'font-size': 12 }, text('虚线框：机器读取，未核对'))];
  if (checked) parts.push(sample(190, {}), el('text', { x: 212, y, 'font-size': 12 }, text('实心：编辑已核对')));
  return el('g', { class: 'review-legend' }, ...parts);
}
