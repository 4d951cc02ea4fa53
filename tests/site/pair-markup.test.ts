import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PairPage } from '../../src/lib/data/region-pairs.ts';
import type { ReportFigures } from '../../src/lib/data/report-figures.ts';
import { pairChoice, pairMeta, pairOnly, pairTable, pairWarning } from '../../src/lib/view/pair-markup.ts';
import { pairDownloadName, pairVariants, pairView } from '../../src/lib/view/pair-view.ts';
import { CHANGLI, KUITUN, frontmatter, value } from '../helpers/frontmatter.ts';

const CHANGLI_2023 = frontmatter('changli-2023', 4, 'changli', '昌黎县', [2023, 2023]);
const page: PairPage = {
  slug: 'kuitun-vs-changli',
  regions: [
    { id: 'kuitun', name: '奎屯', color: '#111', reports: [{ id: KUITUN.id, period: KUITUN.period }] },
    { id: 'changli', name: '昌黎', color: '#222', reports: [{ id: CHANGLI_2023.id, period: CHANGLI_2023.period }, { id: CHANGLI.id, period: CHANGLI.period }] },
  ],
  indicators: [
    { id: 'aid-funds', zh: '帮扶慰问资金' },
    { id: 'odd', zh: '<b>职工</b>之家' },
    { id: 'contracts', zh: '集体合同' },
  ],
};
const figures = (report: typeof KUITUN, values: ReportFigures['values'], members: ReportFigures['members'] = null): ReportFigures => ({
  report: { id: report.id, region: report.region, period: report.period, counts: { facts: 12 } },
  members,
  values,
});
const kuitun = figures(KUITUN, [value('aid-funds', KUITUN, { value: 20000, unit: '元' }), value('odd', KUITUN, { value: 4 })], {
  value: 10000, qualifier: 'exact', year: 2025, source: '会员1万人', fact: 'kuitun-2025-f009',
});
const changli = figures(CHANGLI, [value('aid-funds', CHANGLI, { value: 30000, unit: '元' })]);
const changli2023 = figures(CHANGLI_2023, [value('aid-funds', CHANGLI_2023, { value: 5, unit: '元', qualifier: 'approx-more' }), value('contracts', CHANGLI_2023, { value: 7 })], {
  value: 20000, qualifier: 'exact', year: 2023, source: '县总工会年报', fact: null,
});

describe('pairView', () => {
  beforeAll(() => {
    vi.stubEnv('SITE', 'https://example.org');
  });

  it('knows the latest two from any other choice, and names the choice in its address and downloads', () => {
    const latest = pairView(page, kuitun, changli);
    expect([latest.latest, latest.path, pairDownloadName(page, latest)]).toEqual([true, '/compare/kuitun-vs-changli/', 'compare-kuitun-vs-changli-{view}']);
    const earlier = pairView(page, kuitun, changli2023);
    expect([earlier.latest, earlier.path, pairDownloadName(page, earlier)]).toEqual([
      false, '/compare/kuitun-vs-changli/?a=kuitun-2025&b=changli-2023', 'compare-kuitun-vs-changli-kuitun-2025-changli-2023-{view}',
    ]);
    expect(earlier.sides.map((s) => s.color)).toEqual(['#111', '#222']);
    // Both memberships are known for this choice only, so only it has the per-member view.
    expect(latest.pers).toEqual(['year', 'total']);
    expect(earlier.pers).toEqual(['year', 'total', 'member']);
    expect(pairVariants(earlier).map((v) => [v.view, v.spec.rows.length, v.footer[1]?.endsWith('?a=kuitun-2025&b=changli-2023&per=member')])).toEqual([
      ['year-linear', 1, false], ['total-linear', 1, false], ['member-linear', 1, true],
    ]);
  });
});

describe('pair page parts', () => {
  const latest = pairView(page, kuitun, changli);
  const earlier = pairView(page, kuitun, changli2023);

  it('gives each side its level, period, figures and membership with its source', () => {
    const meta = pairMeta(earlier).text;
    expect(meta).toContain('<dt><a href="/reports/kuitun-2025/">奎屯-独山子经济技术开发区</a></dt><dd>县级 · 2025年 · 12个数字 · 会员10000人（2025年，<a href="/reports/kuitun-2025/#kuitun-2025-f009">报告所载</a>）</dd>');
    expect(meta).toContain('<dd>县级 · 2023年 · 12个数字 · 会员20000人（2023年，来源：县总工会年报）</dd>');
    expect(pairMeta(latest).text).toContain('12个数字 · 无会员数</dd>');
  });

  it('says which reports it compares and links every other report of either region', () => {
    const choice = pairChoice(page, latest).text;
    expect(choice).toContain('的报告（两地各自最新的报告）。');
    expect(choice).toContain('<a href="/compare/kuitun-vs-changli/?a=kuitun-2025&amp;b=changli-2023" data-choose="kuitun-2025~changli-2023">2023年</a>、<strong>2025年</strong>');
    const back = pairChoice(page, earlier).text;
    expect(back).toContain('（非最新报告）');
    expect(back).toContain('<a href="/compare/kuitun-vs-changli/" data-choose="kuitun-2025~changli-2025">2025年</a>');
  });

  it('warns when the periods end in different years', () => {
    expect(pairWarning(latest).text).toBe('');
    expect(pairWarning(earlier).text).toContain('两份报告的时期相隔2年');
  });

  it('tables the shared figures as stated and per year, escaping what the reports say', () => {
    const table = pairTable(earlier).text;
    expect(table).toContain('<caption>共同指标：报告所载与折合每年、每万名会员</caption>');
    expect(table).toMatch(/<td class="num" data-sort="5"><a href="\/reports\/changli-2023\/#changli-2023-f001">5余元<\/a><span class="sub">5余元\/年<\/span><span class="sub">2.5余元\/万名会员·年<\/span><span class="sub">机器读取，未核对<\/span><\/td>/);
    const only = pairOnly(earlier).text;
    expect(only).toContain('&lt;b&gt;职工&lt;/b&gt;之家');
    expect(only).not.toContain('<b>');
    expect(only).toContain('<h3 id="only-changli">只有昌黎</h3><ul class="fact-list"><li><a href="/indicators/contracts/">集体合同</a>');
    expect(pairOnly(latest).text).toContain('<h3 id="only-changli">只有昌黎</h3><p class="muted">无。</p>');
  });
});
