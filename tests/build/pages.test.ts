import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, inject, it } from 'vitest';
import { viewSvg } from '../helpers/chart-views.ts';
import { factsDataSchema } from '../../src/contracts/facts-data.ts';

const { dist } = inject('site');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const data = factsDataSchema.parse(JSON.parse(read('data/facts.json')));
const REGIONS = data.reports.map((r) => r.region.id);
const PAIRS = REGIONS.flatMap((a, i) => REGIONS.slice(i + 1).map((b) => `${a}-vs-${b}`));
const THEMES = [...new Set(data.facts.map((f) => f.theme))];
/** How many reports give each indicator, from the site's own indicators.csv (one row per report that gives it). */
const reach = new Map<string, number>();
for (const row of csvParse(read('data/indicators.csv').replace(/^\uFEFF/, ''))) if (row.mentioned === 'true') reach.set(row.indicator!, (reach.get(row.indicator!) ?? 0) + 1);
/** The indicators some report gives: only they have a page. */
const GIVEN = data.indicators.filter((i) => reach.has(i.id));

const PAGES = [
  '', 'about/', 'data/', 'search/', 'indicators/', 'themes/', 'compare/',
  ...data.reports.map((r) => `reports/${r.id}/`),
  ...GIVEN.map((i) => `indicators/${i.id}/`),
  ...THEMES.map((t) => `themes/${t}/`),
  ...PAIRS.map((p) => `compare/${p}/`),
];

/** A chart's CSV download as rows keyed by its header. */
const chartCsv = (id: string) => csvParse(read(`charts/indicator-${id}.csv`).replace(/^\uFEFF/, ''));

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('only comparisons that exist', () => {
  it('gives no page, chart file, preview or sitemap entry to an indicator no report gives, and names it on the index without a link', () => {
    const ungiven = data.indicators.filter((i) => !reach.has(i.id));
    const index = read('indicators/index.html');
    const sitemap = read('sitemap-0.xml');
    for (const indicator of ungiven) {
      expect(existsSync(join(dist, `indicators/${indicator.id}`)), indicator.id).toBe(false);
      expect(existsSync(join(dist, `charts/indicator-${indicator.id}.csv`)), indicator.id).toBe(false);
      expect(existsSync(join(dist, `og/indicators/${indicator.id}.png`)), indicator.id).toBe(false);
      expect(sitemap).not.toContain(`/indicators/${indicator.id}/`);
      expect(index).toContain(`<li>${indicator.zh}<`);
    }
  });

  it('counts on the home page the indicators two or more reports give', () => {
    const compared = data.indicators.filter((i) => (reach.get(i.id) ?? 0) >= 2).length;
    expect(read('index.html')).toContain(`归入${GIVEN.length}项指标，其中${compared}项有两份以上报告提到、可以比较`);
  });
});

describe('the pages of design.md §5', () => {
  it('has six pair pages in catalog order', () => {
    expect(PAIRS).toEqual([
      'kuitun-vs-xinjiang', 'kuitun-vs-chengzhong', 'kuitun-vs-changli',
      'xinjiang-vs-chengzhong', 'xinjiang-vs-changli', 'chengzhong-vs-changli',
    ]);
  });

  it.each(PAGES)('/%s has a title, description, canonical URL and a 1200×630 Open Graph image', (path) => {
    const html = read(join(path, 'index.html'));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/i);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(meta(html, 'description')).toBeTruthy();
    expect(html).toContain(`<link rel="canonical" href="http://localhost:4321/${path}">`);
    for (const key of ['og:title', 'og:description', 'og:url', 'og:image']) expect(meta(html, key)).toBeTruthy();
    // X takes the rest from the og: tags; the large card must be asked for.
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    const image = new URL(meta(html, 'og:image')!).pathname;
    expect(pngSize(join(dist, image))).toEqual([1200, 630]);
  });

  it('gives indicator, theme and pair pages an image of their own', () => {
    expect(meta(read('indicators/wage-arrears-recovered/index.html'), 'og:image')).toMatch(/\/og\/indicators\/wage-arrears-recovered\.png$/);
    expect(meta(read('themes/rights/index.html'), 'og:image')).toMatch(/\/og\/themes\/rights\.png$/);
    expect(meta(read('compare/kuitun-vs-changli/index.html'), 'og:image')).toMatch(/\/og\/compare\/kuitun-vs-changli\.png$/);
  });

  it('publishes only the preview images some page names: a crawler never asks for another', () => {
    const named = new Set(
      readdirSync(dist, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.html'))
        .map((f) => meta(read(f), 'og:image'))
        .filter((url): url is string => url !== undefined)
        .map((url) => new URL(url).pathname.slice(1)),
    );
    const files = readdirSync(join(dist, 'og'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png')).map((f) => `og/${f}`);
    expect(files.filter((f) => !named.has(f))).toEqual([]);
    expect([...named].filter((f) => !files.includes(f))).toEqual([]);
  });

  it('links every fact with an indicator in the report pages to that indicator page', () => {
    for (const report of data.reports) {
      const html = read(`reports/${report.id}/index.html`);
      for (const fact of data.facts.filter((f) => f.report === report.id && f.indicator)) {
        // The link sits in the fact's details, inside its own mark.
        expect(html).toMatch(new RegExp(`<mark id="${fact.id}"[^>]*>(?:(?!</mark>)[\\s\\S])*<a href="/indicators/${fact.indicator}/">`));
      }
    }
  });
});

describe('charts', () => {
  /** Bar lengths by region in one view of an indicator chart, as drawn in the wide SVG. */
  function bars(html: string, view: string): Map<string, { width: number; label: string }> {
    const variant = viewSvg(html, 'chart', view)!;
    const out = new Map<string, { width: number; label: string }>();
    for (const mark of variant.split('<g class="mark" ').slice(1)) {
      const region = /^data-region="([^"]+)"/.exec(mark)![1]!;
      // A bounded value has its bound mark between the bar and its label.
      const rect = /<rect [^>]*width="([\d.]+)"[^>]*\/>(?:<polyline [^>]*\/>|<line [^>]*\/>)?<text[^>]*>([^<]+)<\/text>/.exec(mark);
      if (rect) out.set(region, { width: Number(rect[1]), label: rect[2]! });
    }
    return out;
  }

  it.each(GIVEN.map((i) => i.id))('draws %s with the numbers of facts.json', (id) => {
    const html = read(`indicators/${id}/index.html`);
    const rows = chartCsv(id).filter((r) => r.mentioned === 'true' && r.value !== '');
    for (const row of rows) {
      // Each chart value is the sum of the facts it names, straight from facts.json.
      const facts = row.facts!.split(' ').map((f) => data.facts.find((x) => x.id === f)!);
      const total = facts.filter((f) => f.kind === row.kind).reduce((n, f) => n + f.value!, 0);
      expect(Number(row.value)).toBeCloseTo(total, 6);
    }
    expect(rows.length, id).toBeGreaterThan(0);
    // A yearly figure (年均/每年) has no report total: it is drawn per year only.
    const yearly = rows.filter((r) => r.kind === 'per-unit');
    const perYear = yearly.length ? bars(html, 'year-linear') : new Map();
    for (const row of yearly) expect(perYear.get(row.region!)?.label).toMatch(/^年均/);
    const totals = rows.filter((r) => r.kind !== 'per-unit');
    const drawn = bars(html, 'total-linear');
    // Charts open sorted by value, largest first (ties keep the catalog's order).
    const byValue = [...totals].sort((a, b) => Number(b.value) - Number(a.value));
    expect([...drawn.keys()]).toEqual(byValue.map((r) => r.region));
    if (totals.length === 0) return;
    const top = totals.reduce((a, b) => (Number(b.value) > Number(a.value) ? b : a));
    const full = drawn.get(top.region!)!.width;
    for (const row of totals) {
      // Bars are drawn to a hundredth of a pixel and at least 1 px long.
      expect(drawn.get(row.region!)!.width).toBeCloseTo(Math.max((Number(row.value) / Number(top.value)) * full, 1), 1);
    }
  });

  it('shows per-year values only for flows, yearly figures as 年均 and standing totals with their date', () => {
    for (const indicator of GIVEN) {
      const html = read(`indicators/${indicator.id}/index.html`);
      if (!html.includes('data-view="year-linear"')) continue;
      const rows = chartCsv(indicator.id);
      for (const [region, { label }] of bars(html, 'year-linear')) {
        const kind = rows.find((r) => r.region === region)!.kind;
        if (label.endsWith('/年')) expect(kind).toBe('flow');
        else if (label.startsWith('年均')) expect(kind).toBe('per-unit');
        else expect([kind, label]).toEqual(['stock', expect.stringMatching(/（截至\d{4}年）$/)]);
      }
    }
  });

  it('names reports that do not mention an indicator, and keeps every chart readable without JavaScript', () => {
    const html = read('indicators/wage-arrears-recovered/index.html');
    expect(html.match(/未提及/g)!.length).toBeGreaterThanOrEqual(2);
    // Every report once: a table row if it gives the indicator, else a link in the list after the table.
    for (const indicator of GIVEN) {
      const page = read(`indicators/${indicator.id}/index.html`);
      const links = (part: string) => [...part.matchAll(/href="\/reports\/([^/"]+)\/"/g)].map((m) => m[1]);
      const tabled = links(/<tbody>[\s\S]*?<\/tbody>/.exec(page.slice(page.indexOf('<table class="data"')))![0]);
      const listed = links(/<section aria-labelledby="unmentioned">[\s\S]*?<\/section>/.exec(page)![0]);
      const mentioned = new Set(chartCsv(indicator.id).filter((r) => r.mentioned === 'true').map((r) => r.report));
      expect([...tabled].sort(), indicator.id).toEqual([...mentioned].sort());
      expect([...listed, ...tabled].sort(), indicator.id).toEqual(data.reports.map((r) => r.id).sort());
    }
    // The default view is drawn in the page; the others wait, as rows, for the island to draw them.
    expect(html.match(/<div class="chart-view" /g)).toHaveLength(1);
    expect(html).toMatch(/<div class="chart-view" data-view="year-linear"(?:(?! hidden)[^>])*>/);
    expect(viewSvg(html, 'chart', 'total-log')).toContain('<svg');
    expect(html).toMatch(/<table class="data"[^>]*>/);
  });

  it('links every chart’s CSV, and has every view of it drawn or ready to draw for its SVG and PNG', () => {
    for (const path of PAGES) {
      const html = read(join(path, 'index.html'));
      for (const m of html.matchAll(/href="(\/charts\/[^"]+)"/g)) expect(existsSync(join(dist, m[1]!)), m[1]).toBe(true);
      // No image file per chart view: the browser makes the SVG and PNG from the chart on show.
      expect(html).not.toMatch(/href="\/charts\/[^"]+\.(?:png|svg)"/);
      for (const figure of html.split('<figure').slice(1).filter((f) => f.includes('data-chart '))) {
        const id = /^ class="chart" id="([^"]+)"/.exec(figure)![1]!;
        expect(figure, `${path} ${id}`).toMatch(/ data-file="[^"]+"/);
        expect(figure).toContain('data-download="svg"');
        expect(figure).toContain('data-download="png"');
        for (const view of /data-views="([^"]+)"/.exec(figure)![1]!.split(' ')) {
          for (const width of ['wide', 'narrow'] as const) expect(viewSvg(html, id, view, width), `${path} ${id} ${view}`).toMatch(/^<svg /);
        }
      }
    }
  });
});
