import { html } from './html.ts';

/** Room an embedded chart needs beside its drawing: title, note, summary and source line. */
const TEXT_ROOM = 260;

/** The drawn height of a chart's SVG, from its `height` attribute. */
export function svgHeight(svg: string): number {
  const height = /<svg\b[^>]*\bheight="([\d.]+)"/.exec(svg)?.[1];
  return height === undefined ? 0 : Math.ceil(Number(height));
}

/**
 * The code a newsroom pastes to show a chart: an iframe of its embed page, as wide as their
 * column and tall enough for the chart drawn at `chartHeight` and its text.
 */
export function embedCode(url: string, title: string, chartHeight: number): string {
  return html`<iframe src="${url}" title="${title}" width="100%" height="${chartHeight + TEXT_ROOM}" style="border:0" loading="lazy"></iframe>`.text;
}
