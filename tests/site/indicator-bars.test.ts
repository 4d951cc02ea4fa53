import { describe, expect, it } from 'vitest';
import { MAX_BARS, chartRows, indicatorBars, indicatorRows, unmentionedByRegion } from '../../src/lib/view/indicator-bars.ts';
import { indicatorViews } from '../../src/lib/view/indicator-chart.ts';
import { CHANGLI, CHENGZHONG, KUITUN, XINJIANG, frontmatter, value } from '../helpers/frontmatter.ts';

const reports = [CHANGLI, XINJIANG, KUITUN, CHENGZHONG];
const values = [
  value('wage-arrears-recovered', KUITUN, { value: 449000, unit: '元' }),
  value('wage-arrears-recovered', CHENGZHONG, { value: 300000, unit: '元', qualifier: 'approx-more' }),
];

describe('indicator bars', () => {
  it('keeps every report in catalog order and says which do not mention the indicator', () => {
    const bars = indicatorBars(indicatorRows('wage-arrears-recovered', reports, values), 'total');
    expect(bars.map((b) => [b.name, b.value, b.label, b.bound])).toEqual([
      ['奎屯-独山子', 449000, '44.9万元', null],
      ['新疆', null, '未提及', null],
      ['城中区', 300000, '30万余元', 'lower'],
      ['昌黎', null, '未提及', null],
    ]);
  });

  it('puts flows per year, keeping a bound a bound', () => {
    const bars = indicatorBars(indicatorRows('wage-arrears-recovered', reports, values), 'year');
    expect(bars[0]).toMatchObject({ value: 449000, label: '44.9万元/年' });
    expect(bars[2]).toMatchObject({ value: 60000, label: '6万余元/年', bound: 'lower' });
  });

  it('marks an unreadable figure as unknown instead of drawing it', () => {
    const damaged = value('aid-funds', XINJIANG, { value: 1000, uncertain: true });
    expect(indicatorBars(indicatorRows('aid-funds', [XINJIANG], [damaged]), 'total')[0]).toMatchObject({ value: null, label: '数值不详（原文受损或存疑）' });
  });
});

describe('unmentionedByRegion', () => {
  it('names each report without the figure once, under its region, in time order', () => {
    const earlier = frontmatter('changli-2023', 4, 'changli', '昌黎县', [2023, 2023]);
    const rows = indicatorRows('wage-arrears-recovered', [CHANGLI, earlier, XINJIANG, KUITUN], values);
    expect(unmentionedByRegion(rows).map((u) => [u.region.id, u.reports.map((r) => r.id)])).toEqual([
      [XINJIANG.region.id, [XINJIANG.id]],
      [CHANGLI.region.id, ['changli-2023', CHANGLI.id]],
    ]);
  });

  it('is empty when every report gives the figure', () => {
    expect(unmentionedByRegion(indicatorRows('wage-arrears-recovered', [KUITUN, CHENGZHONG], values))).toEqual([]);
  });
});

describe('indicatorViews', () => {
  const members = new Map([[KUITUN.id, { value: 40000, qualifier: 'exact' as const, year: 2025, source: '会员4万人', fact: null }]]);

  it('opens per year where a report gives a flow, on totals where all are standing', () => {
    const flows = indicatorRows('wage-arrears-recovered', reports, values);
    expect(indicatorViews({ id: 'wage-arrears-recovered' }, flows).map((v) => v.name)).toEqual([
      'year-linear',
      'year-linear-region',
      'year-log',
      'year-log-region',
      'total-linear',
      'total-linear-region',
      'total-log',
      'total-log-region',
    ]);
    const stocks = [value('workers-homes', KUITUN, { value: 4, perYear: null, kind: 'stock' })];
    expect(indicatorViews({ id: 'workers-homes' }, indicatorRows('workers-homes', reports, stocks, members)).map((v) => v.name)).toEqual([
      'total-linear',
      'total-linear-region',
      'total-log',
      'total-log-region',
      'member-linear',
      'member-linear-region',
      'member-log',
      'member-log-region',
    ]);
  });

  it('offers no per-member view of membership itself', () => {
    const own = [value('union-members', KUITUN, { value: 40000, perYear: null, kind: 'stock' })];
    expect(indicatorViews({ id: 'union-members' }, indicatorRows('union-members', reports, own, members)).map((v) => v.per)).not.toContain('member');
  });
});

describe('chartRows', () => {
  const reports = Array.from({ length: MAX_BARS + 5 }, (_, i) => frontmatter(`r${i}-2025`, i, `r${i}`, `样本${i}县`, [2021, 2025]));
  const values = reports.slice(1).map((r, i) => value('aid-funds', r, { value: (i % 7) * 10 + i }));
  const rows = indicatorRows('aid-funds', reports, values);

  it('lists the largest figure first by default, the reports without one last', () => {
    const few = rows.slice(0, 6);
    const drawn = chartRows(few, 'total');
    expect(drawn).toHaveLength(6);
    const sizes = drawn.slice(0, -1).map((r) => r.value!.value!);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(drawn.at(-1)!.value).toBeUndefined();
    expect(chartRows(rows, 'total').map((r) => r.value!.value!)).toEqual(chartRows(rows, 'total', MAX_BARS, 'region').map((r) => r.value!.value!).sort((a, b) => b - a));
  });

  it('charts every report while they fit, else the largest figures of the view, in region order kept in chart order', () => {
    expect(chartRows(rows.slice(0, 6), 'total', MAX_BARS, 'region')).toEqual(rows.slice(0, 6));
    const drawn = chartRows(rows, 'total', MAX_BARS, 'region');
    expect(drawn).toHaveLength(MAX_BARS);
    const sizes = drawn.map((r) => r.value!.value!);
    // One region's reports stay together, in time order: the chart keeps the rows' order.
    const positions = drawn.map((r) => rows.indexOf(r));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(Math.max(...rows.filter((r) => r.value && !drawn.includes(r)).map((r) => r.value!.value!)));
    expect(chartRows(rows.slice(0, 4), 'total')).toHaveLength(4);
    // A smaller chart (a link preview) keeps the largest few the same way.
    const few = chartRows(rows, 'total', 5).map((r) => r.value!.value!);
    expect(few).toHaveLength(5);
    expect(Math.min(...few)).toBeGreaterThanOrEqual(Math.max(...sizes.filter((v) => !few.includes(v))));
  });
});

describe('indicatorRows', () => {
  it('puts a region’s reports together in time order, named by period, the earlier lighter', () => {
    const old = frontmatter('changli-2024', 4, 'changli', '昌黎县', [2024, 2024]);
    const reports = [KUITUN, CHANGLI, XINJIANG, old];
    const values = [value('aid-funds', CHANGLI, { value: 437000, unit: '元' }), value('aid-funds', old, { value: 478000, unit: '元' })];
    const bars = indicatorBars(indicatorRows('aid-funds', reports, values), 'year');
    expect(bars.map((b) => [b.report, b.name])).toEqual([
      ['kuitun-2025', '奎屯-独山子'],
      ['xinjiang-2018-2023', '新疆'],
      ['changli-2024', '昌黎 · 2024年'],
      ['changli-2025', '昌黎 · 2025年'],
    ]);
    expect(bars[2]!.color).toBe(bars[3]!.color);
    expect(bars[2]!.shade).toBeLessThan(bars[3]!.shade!);
  });
});
