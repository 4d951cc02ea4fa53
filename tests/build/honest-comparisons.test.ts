import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, inject, it } from 'vitest';
import { viewSvg } from '../helpers/chart-views.ts';

const { dist } = inject('site');
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The pre-rendered view a reader sees with JavaScript off: the one not hidden. */
const visibleView = (page: string, figure: string) => {
  const start = page.indexOf(`id="${figure}"`);
  return /<div class="chart-view" data-view="([\w-]+)"(?:(?! hidden)[^>])*>/.exec(page.slice(start))?.[1];
};

describe('honest comparisons on the seeds’ pages', () => {
  const rows = csvParse(readFileSync(join(dist, 'data/indicators.csv'), 'utf8').replace(/^\uFEFF/, ''));

  it('opens every indicator page with figures of differing periods per year, standing totals on totals', () => {
    for (const id of readdirSync(join(dist, 'indicators'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      const given = rows.filter((r) => r.indicator === id && r.mentioned === 'true');
      const view = visibleView(html(`indicators/${id}`), 'chart');
      if (given.length === 0) continue;
      expect(view, id).toBe(given.some((r) => r.kind !== 'stock') ? 'year-linear' : 'total-linear');
      // One kind on an axis: an indicator has one, and yearly figures stay out of the totals view.
      expect(new Set(given.map((r) => (r.kind === 'per-unit' ? 'flow' : r.kind))).size, id).toBe(1);
      const totals = viewSvg(html(`indicators/${id}`), 'chart', 'total-linear');
      for (const r of given.filter((g) => g.kind === 'per-unit')) expect(totals, `${id} ${r.report}`).toContain('只有年均数');
    }
  });

  it('computes rates per 万 members from the membership the 新疆 report states, and cites it', () => {
    const members = 4_350_000; // 全区工会会员435万余人, the report's own standing total
    const cases: Array<[string, string]> = [
      // 4.96亿元 of aid over five years: 9920万 a year, per 435万 members × 1万.
      ['aid-funds', `约${Math.round(((496_000_000 / 5) / members) * 1e4 / 1e3) / 10}万元/万名会员·年`],
      // 552 model workers over five years.
      ['model-workers', `约${(Math.round(((552 / 5) / members) * 1e4 * 100) / 100).toFixed(2)}人/万名会员·年`],
      // 433 bookhouses standing: a stock is never divided by years.
      ['workers-bookhouses', `约${Math.round((433 / members) * 1e4)}家/万名会员（截至2023年）`],
    ];
    expect(cases.map(([, label]) => label)).toEqual(['约22.8万元/万名会员·年', '约0.25人/万名会员·年', '约1家/万名会员（截至2023年）']);
    for (const [id, label] of cases) {
      const page = html(`indicators/${id}`);
      expect(viewSvg(page, 'chart', 'member-linear'), id).toContain(label);
      expect(page, id).toContain('435万余人（2023年）');
      expect(page, id).toContain('href="/reports/xinjiang-2018-2023/#xinjiang-2018-2023-f049"');
      // A report without a membership is left out of the view and says so, never guessed.
      const unknown = rows.some((r) => r.indicator === id && r.mentioned === 'true' && r.members === '');
      expect(page.includes('无会员数'), id).toBe(unknown);
    }
  });

  it('shows no grouped run of more than five digits and no fractional count above ten in any label', () => {
    const pages = ['indicators/aid-funds', 'indicators/model-workers', 'compare/kuitun-vs-xinjiang', ''].map(html);
    for (const page of pages) {
      // The site's own labels: quoted report sentences keep the report's own digits.
      const text = page.replace(/<(script|blockquote)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
      expect(text).not.toMatch(/\d{1,3}(?:,\d{3}){2,}|\d{3},\d{3}/);
      expect(text).not.toMatch(/(?<![\d.])[1-9]\d+\.\d+(?:人|名|家|个|场|场次|项|户|件|起|篇|份)(?![\d])/);
    }
  });

  it('draws approximate figures with their bound mark and explains it under the chart', () => {
    const page = html('indicators/needy-households-lifted');
    const chart = viewSvg(page, 'chart', 'total-linear');
    expect(chart).toContain('class="bound"');
    expect(chart).toContain('近：实际略少于此数');
  });

  it('publishes each chart’s CSV with its source note beside it', () => {
    const metadata = JSON.parse(readFileSync(join(dist, 'charts/indicator-aid-funds.metadata.json'), 'utf8'));
    expect(metadata.page).toMatch(/\/indicators\/aid-funds\/$/);
    expect(metadata.reports.length).toBe(4);
    // Its sources are the reports giving a figure, not every report of the collection.
    const arrears = JSON.parse(readFileSync(join(dist, 'charts/indicator-wage-arrears-recovered.metadata.json'), 'utf8')) as { reports: Array<{ id: string }> };
    const giving = rows.filter((r) => r.indicator === 'wage-arrears-recovered' && r.mentioned === 'true').map((r) => r.report);
    expect(giving.length).toBeLessThan(4);
    expect(arrears.reports.map((r) => r.id).sort()).toEqual(giving.sort());
    expect(readFileSync(join(dist, 'charts/indicator-aid-funds.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^indicator,indicator_zh,/);
  });

  it('credits a publisher only where the catalog names one', () => {
    const catalog = JSON.parse(readFileSync('seeds/catalog.json', 'utf8')) as Array<{ id: string; source?: { publisher?: string } }>;
    const home = html('');
    const published = [...home.matchAll(/>发布：([^<]+)</g)].map((m) => m[1]);
    expect(published.sort()).toEqual(catalog.flatMap((e) => (e.source?.publisher ? [e.source.publisher] : [])).sort());
  });
});
