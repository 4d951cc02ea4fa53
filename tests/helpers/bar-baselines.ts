import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type FigureSpecs, PAGE_WIDTHS, drawChart, unpackSpec } from '../../src/charts/chart-spec.ts';
import { BAR_CLASS, CELL_CLASS, ZERO_CLASS } from '../../src/charts/bar-chart.ts';

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const hasClass = (tag: string, name: string) => (attribute(tag, 'class') ?? '').split(' ').includes(name);

/** Every `<svg>…</svg>` in a page, inline charts and those a page carries as text alike. */
export function svgsIn(html: string): string[] {
  return html.match(/<svg[\s>][\s\S]*?<\/svg>/g) ?? [];
}

/**
 * What is wrong with the bars of one SVG: a bar must stand on its chart's zero line (a linear
 * scale's zero; a log scale has none, so a bar on one has nothing to stand on), and a report's
 * mark may draw a rectangle only as such a bar or as a heatmap's cell, whose shade is its figure. Empty when every bar is honest.
 */
export function barBaselineErrors(svg: string): string[] {
  const errors: string[] = [];
  const zeros = [...svg.matchAll(/<line\s[^>]*>/g)].map((m) => m[0]).filter((tag) => hasClass(tag, ZERO_CLASS));
  const zeroXs = zeros.map((tag) => Number(attribute(tag, 'x1')));
  for (const tag of zeros) {
    if (attribute(tag, 'x1') !== attribute(tag, 'x2')) errors.push(`a zero line that is not upright: ${tag}`);
  }
  for (const [tag] of svg.matchAll(/<rect\s[^>]*>/g)) {
    if (!hasClass(tag, BAR_CLASS)) continue;
    const x = Number(attribute(tag, 'x'));
    if (!zeroXs.includes(x)) errors.push(`a bar starting off its chart's zero (${zeroXs.join(', ') || 'no zero line'}): ${tag}`);
  }
  for (const [mark] of svg.matchAll(/<g class="mark"[^>]*>[\s\S]*?<\/g>/g)) {
    for (const [tag] of mark.matchAll(/<rect\s[^>]*>/g)) if (!hasClass(tag, BAR_CLASS) && !hasClass(tag, CELL_CLASS)) errors.push(`a mark's rectangle not drawn as a bar: ${tag}`);
  }
  return errors;
}

/**
 * Every chart SVG a page shows: those drawn into it, and the views it carries as rows for the
 * reader's browser to draw, drawn here as the browser would at both widths.
 */
export function pageCharts(html: string): string[] {
  const carried = [...html.matchAll(/<script[^>]*data-chart-specs[^>]*>([\s\S]*?)<\/script>/g)].flatMap(([, json]) => {
    const packed = JSON.parse(json!) as FigureSpecs;
    return Object.keys(packed.views).flatMap((view) => {
      const spec = unpackSpec(packed, view);
      return spec ? Object.values(PAGE_WIDTHS).map((width) => drawChart(spec, width)) : [];
    });
  });
  return [...svgsIn(html), ...carried];
}

/** Every dishonest bar of a built site, named by the file it is in: its pages' charts and its SVG files. */
export function distBarErrors(dist: string): string[] {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') || f.endsWith('.svg')).sort();
  return files.flatMap((file) => {
    const content = readFileSync(join(dist, file), 'utf8');
    const svgs = file.endsWith('.svg') ? [content] : pageCharts(content);
    return svgs.flatMap((svg) => barBaselineErrors(svg).map((error) => `${relative(dist, join(dist, file))}: ${error}`));
  });
}
