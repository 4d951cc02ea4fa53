import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, inject, it } from 'vitest';
import { factsDataSchema } from '../../src/contracts/facts-data.ts';

/**
 * The grown collection (tests/helpers/grown-seeds.ts): the seeds with 昌黎 2024 and 新疆 2024
 * beside them, built under /union-reports/, so every site path here carries it.
 */
const { dist } = inject('grown');
const B = '/union-reports';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const page = (path: string) => read(join(path, 'index.html'));
/** The row of `report` in the table under an indicator's time chart on a region page. */
const figureRow = (html: string, indicator: string, report = 'xinjiang-2024') => {
  const figure = new RegExp(`<figure class="timeline" id="${indicator}">[\\s\\S]*?</figure>`).exec(html)![0];
  return new RegExp(`<tr data-report="${report}">[\\s\\S]*?</tr>`).exec(figure)![0];
};

describe('a region with two reports', () => {
  it('has a region page that lists both reports in time order', () => {
    const html = page('regions/changli');
    const list = /<ol class="region-reports">([\s\S]*?)<\/ol>/.exec(html)![1]!;
    expect([...list.matchAll(/href="\/union-reports\/reports\/([^/]+)\/"/g)].map((m) => m[1])).toEqual(['changli-2024', 'changli-2025']);
  });

  it('follows at least three indicators over both years, each value linked to its fact in its report', () => {
    const data = factsDataSchema.parse(JSON.parse(read('data/facts.json')));
    const html = page('regions/changli');
    const figures = [...html.matchAll(/<figure class="timeline"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    expect(figures.length).toBeGreaterThanOrEqual(3);
    for (const figure of figures) {
      const links = [...figure.matchAll(/href="\/union-reports\/reports\/([^/]+)\/#([^"]+)"/g)].map((m) => [m[1]!, m[2]!] as const);
      // Each row links its value's fact, and a summed value each fact it adds.
      expect([...new Set(links.map(([report]) => report))]).toEqual(['changli-2024', 'changli-2025']);
      for (const [report, fact] of links) expect(data.facts.find((f) => f.id === fact)?.report).toBe(report);
      // The time chart draws both reports, the earlier one lighter.
      expect(figure).toMatch(/data-report="changli-2024"><(line|circle) [^>]*-opacity="0\.75"/);
      expect(figure).toMatch(/data-report="changli-2025"><(line|circle) /);
    }
    // Two annual reports compare like with like: a change in percent, under the later one.
    expect(html).toMatch(/<td class="num">[+−]\d+%<\/td>/);
  });

  it('compares a five-year review with a later annual report only where the figures are alike', () => {
    const html = page('regions/xinjiang');
    const row = (indicator: string) => figureRow(html, indicator);
    // A flow: a review's yearly average is not one year's result.
    expect(row('aid-funds')).toContain('<td class="num">口径不同</td>');
    // A standing total is a dated count: it compares across period types.
    expect(row('union-members')).toMatch(/<td class="num">约?[+−]\d+%<\/td>/);
  });

  it('pairs each region’s latest report by default, links the other year, and holds each report’s figures for any choice', () => {
    const html = page('compare/kuitun-vs-changli');
    expect(html).toMatch(/昌黎<a href="\/union-reports\/reports\/changli-2025\/">2025年<\/a>的报告/);
    expect(html).toContain(`<a href="${B}/compare/kuitun-vs-changli/?a=kuitun-2025&amp;b=changli-2024" data-choose="kuitun-2025~changli-2024">2024年</a>`);
    // Only the latest pair is a page; any other is the pair's address with the reports in its query.
    expect(existsSync(join(dist, 'compare/kuitun-vs-changli/kuitun-2025'))).toBe(false);
    // The latest pair's page draws its default view into the page.
    expect(/<figure class="chart" id="pair-chart"[\s\S]*?<\/figure>/.exec(html)![0]).toMatch(/<div class="chart-view" data-view="year-linear"[^>]*><div class="chart-wide"><svg/);
    // The page names both regions' reports; each report's file holds its figures and membership, linked to its facts.
    const pair = JSON.parse(/<script type="application\/json" data-pair-page>([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(pair.regions[1].reports.map((r: { id: string }) => r.id)).toEqual(['changli-2024', 'changli-2025']);
    const data = factsDataSchema.parse(JSON.parse(read('data/facts.json')));
    for (const report of ['changli-2024', 'kuitun-2025']) {
      const figures = JSON.parse(read(`data/reports/${report}.json`));
      expect(figures.report.id).toBe(report);
      expect(figures.values.length).toBeGreaterThan(0);
      for (const v of figures.values) {
        expect(v.report).toBe(report);
        for (const fact of v.facts) expect(data.facts.find((f) => f.id === fact)?.indicator).toBe(v.indicator);
        expect(pair.indicators.some((i: { id: string }) => i.id === v.indicator)).toBe(true);
      }
    }
    // The chart's data are the two regions' own tables, which give each report's membership.
    expect(html).toContain(`<a href="${B}/charts/region-kuitun.csv" download>奎屯-独山子数据 CSV</a>`);
    expect(html).toContain(`<a href="${B}/charts/region-changli.csv" download>昌黎数据 CSV</a>`);
    expect(csvParse(read('charts/region-kuitun.csv').replace(/^\uFEFF/, '')).columns).toEqual(expect.arrayContaining(['members', 'members_year']));
  });

  it('labels the two 昌黎 rows of an indicator chart by period, together, in one hue', () => {
    const html = page('indicators/aid-funds');
    const view = /<div class="chart-view" data-view="year-linear"[^>]*><div class="chart-wide">([\s\S]*?)<\/div>/.exec(html)![1]!;
    const marks = [...view.matchAll(/<g class="mark" data-region="([^"]+)" data-report="([^"]+)"><text[^>]*>([^<]+)<\/text>/g)].map((m) => [m[1], m[2], m[3]]);
    const changli = marks.filter(([region]) => region === 'changli');
    expect(changli).toEqual([['changli', 'changli-2024', '昌黎 · 2024年'], ['changli', 'changli-2025', '昌黎 · 2025年']]);
    expect(marks.indexOf(changli[1]!) - marks.indexOf(changli[0]!)).toBe(1);
    const fills = [...view.matchAll(/data-report="(changli-202[45])"[\s\S]*?<rect [^>]*fill="([^"]+)"/g)].map((m) => m[2]);
    expect(new Set(fills).size).toBe(1);
    // `highlight=` takes a report id as well as a region id.
    expect(html).toMatch(/data-highlights="[^"]*\bchangli\b[^"]*\bchangli-2024\b/);
  });

  it('links each report to its region page and to its neighbours in time', () => {
    const older = page('reports/changli-2024');
    expect(older).toContain(`href="${B}/regions/changli/"`);
    expect(older).toContain(`<a rel="next" href="${B}/reports/changli-2025/">`);
    expect(page('reports/changli-2025')).toContain(`<a rel="prev" href="${B}/reports/changli-2024/">`);
  });

  it('lists regions with their reports and offers regions.csv and the region’s own CSV', () => {
    expect(page('regions')).toContain(`<a href="${B}/regions/changli/">秦皇岛市昌黎县</a>：2份报告（<a href="${B}/reports/changli-2024/">2024年</a>、<a href="${B}/reports/changli-2025/">2025年</a>）`);
    const rows = csvParse(read('data/regions.csv').replace(/^\uFEFF/, ''));
    expect(rows.find((r) => r.region === 'changli')).toMatchObject({ reports: '2', first_period: '2024年', last_period: '2025年' });
    expect(rows).toHaveLength(4);
    const series = csvParse(read('charts/region-changli.csv').replace(/^\uFEFF/, ''));
    const contracts = series.filter((r) => r.indicator === 'collective-contracts');
    expect(contracts.map((r) => [r.report, r.value, r.change_note])).toEqual([
      ['changli-2024', '152', ''],
      ['changli-2025', '168', ''],
    ]);
    expect(Number(contracts[1]!.change_ratio)).toBeCloseTo(168 / 152 - 1, 4);
    expect(existsSync(join(dist, 'og/regions/changli.png'))).toBe(true);
  });

  it('groups the home page by region, latest report first', () => {
    const card = /<h3><a href="\/union-reports\/regions\/changli\/">[\s\S]*?<\/li>\s*<\/ul>/.exec(page(''))![0];
    expect([...card.matchAll(/href="\/union-reports\/reports\/([^/]+)\/"/g)].map((m) => m[1])).toEqual(['changli-2025', 'changli-2024']);
  });
});
