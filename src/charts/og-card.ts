import { FONT_STACK, textWidth } from './chart-frame.ts';
import { el, text } from './svg.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const MARGIN = 60;

const ems = (line: string) => textWidth(line, 1);

/** Headline figures sit two to a row: each gets half the width, less a gap, in pixels. */
export const FIGURE_COLUMN = (OG_WIDTH - 2 * MARGIN) / 2 - 30;
export const FIGURE_SIZE = 46;
const FIGURE_MIN_SIZE = 30;
const LABEL_SIZE = 26;

/** A title broken into at most `lines` lines of `width` ems, the last one ending in … if cut. */
export function wrapTitle(title: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const c of title) {
    if (ems(line + c) > width) {
      out.push(line);
      line = '';
    }
    line += c;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  let last = kept[lines - 1]!;
  while (ems(`${last}…`) > width) last = [...last].slice(0, -1).join('');
  kept[lines - 1] = `${last}…`;
  return kept;
}

export interface OgCardOptions {
  title: string;
  subtitle: string;
  /** A chart's SVG, scaled into the space under the titles. */
  chart?: string;
  /** Headline figures, printed large under the titles where there is no chart. */
  figures?: Array<{ label: string; value: string }>;
}

/**
 * A 1200×630 Open Graph image: site name, title, subtitle and, where the page has one,
 * its chart, so a shared link previews the comparison itself.
 */
export function ogCard(options: OgCardOptions): string {
  const titleLines = wrapTitle(options.title, 20, 2);
  const titleSize = 52;
  const titleTop = 140;
  const subtitleY = titleTop + (titleLines.length - 1) * titleSize * 1.25 + 56;
  let chart = '';
  if (options.chart) {
    const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(options.chart);
    const [w, h] = box ? [Number(box[1]), Number(box[2])] : [OG_WIDTH, OG_HEIGHT];
    const top = subtitleY + 36;
    const scale = Math.min((OG_WIDTH - 2 * MARGIN) / w, (OG_HEIGHT - top - 30) / h);
    chart = el('g', { transform: `translate(${MARGIN},${top}) scale(${Math.round(scale * 1000) / 1000})`, color: '#1f2328' }, options.chart);
  }
  const figures = (options.figures ?? []).slice(0, 4).map((f, i) => {
    const x = MARGIN + (i % 2) * ((OG_WIDTH - 2 * MARGIN) / 2);
    const y = subtitleY + 90 + Math.floor(i / 2) * 120;
    // A long value (a stock's date, a change) is set smaller before it is cut.
    const size = Math.max(FIGURE_MIN_SIZE, Math.min(FIGURE_SIZE, Math.floor(FIGURE_COLUMN / ems(f.value))));
    return (
      el('text', { x, y, 'font-size': size, 'font-weight': 700, fill: '#a4262c' }, text(fit(f.value, FIGURE_COLUMN / size))) +
      el('text', { x, y: y + 40, 'font-size': LABEL_SIZE, fill: '#5c6370' }, text(fit(f.label, FIGURE_COLUMN / LABEL_SIZE)))
    );
  });
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width: OG_WIDTH, height: OG_HEIGHT, viewBox: `0 0 ${OG_WIDTH} ${OG_HEIGHT}`, 'font-family': FONT_STACK },
    el('rect', { width: OG_WIDTH, height: OG_HEIGHT, fill: '#fdfdfc' }),
    el('rect', { width: OG_WIDTH, height: 12, fill: '#a4262c' }),
    el('text', { x: MARGIN, y: 72, 'font-size': 26, fill: '#a4262c', 'font-weight': 700 }, text('工会工作报告对比')),
    ...titleLines.map((line, i) =>
      el('text', { x: MARGIN, y: titleTop + i * titleSize * 1.25, 'font-size': titleSize, 'font-weight': 700, fill: '#1f2328' }, text(line)),
    ),
    el('text', { x: MARGIN, y: subtitleY, 'font-size': 28, fill: '#5c6370' }, text(options.subtitle)),
    chart,
    ...figures,
  );
}

/** A label cut to `width` ems with …, so a figure never runs into its neighbour. */
function fit(label: string, width: number): string {
  if (ems(label) <= width) return label;
  let cut = label;
  while (ems(`${cut}…`) > width) cut = [...cut].slice(0, -1).join('');
  return `${cut}…`;
}
