import { el, text } from './svg.ts';

/** Where an approximate figure lies: 余/多/超/以上 give at least the figure, 近 less than it. */
export type Bound = 'lower' | 'upper' | null;

/** Room a bound mark takes after a bar's end, before its label. */
export const BOUND_ROOM = 9;

/**
 * The mark at the end of an approximate bar: an open chevron for a lower bound (the bar
 * goes on), a cap for an upper bound (the bar stops short of it). Shape, not colour, so it
 * reads in print and for colour-blind readers.
 */
export function boundMark(bound: Bound, end: number, y: number, height: number): string {
  if (bound === 'lower') {
    const mid = y + height / 2;
    return el('polyline', { points: `${end + 2},${y + 2} ${end + 7},${mid} ${end + 2},${y + height - 2}`, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5, class: 'bound' });
  }
  if (bound === 'upper') return el('line', { x1: end, x2: end, y1: y - 3, y2: y + height + 3, stroke: 'currentColor', 'stroke-width': 2, class: 'bound' });
  return '';
}

export const BOUND_LEGEND_HEIGHT = 22;

/** The legend line of the marks a chart uses, at `y`; empty when no figure is approximate. */
export function boundLegend(bounds: readonly Bound[], y: number): string {
  const parts: string[] = [];
  let x = 0;
  if (bounds.includes('lower')) {
    parts.push(boundMark('lower', x, y - 11, 12), el('text', { x: x + 12, y, 'font-size': 12 }, text('余、多、超、以上：实际不少于此数')));
    x += 200;
  }
  if (bounds.includes('upper')) parts.push(boundMark('upper', x + 3, y - 11, 12), el('text', { x: x + 12, y, 'font-size': 12 }, text('近：实际略少于此数')));
  return parts.length > 0 ? el('g', { class: 'bound-legend' }, ...parts) : '';
}
