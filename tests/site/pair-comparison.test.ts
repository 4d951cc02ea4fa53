import { describe, expect, it } from 'vitest';
import { regionColor } from '../../src/charts/region-colors.ts';
import { regionPlaces } from '../../src/lib/data/regions.ts';
import { pairPage } from '../../src/lib/data/region-pairs.ts';
import { pairComparison, pairPers, pairedRows } from '../../src/lib/view/pair-comparison.ts';
import type { Indicator } from '../../src/contracts/indicator.ts';
import type { PairSide } from '../../src/lib/view/pair-comparison.ts';
import { CHANGLI, KUITUN, XINJIANG, frontmatter, value } from '../helpers/frontmatter.ts';

const indicator = (id: string, zh: string) => ({ id, zh }) as Indicator;
const indicators = [indicator('aid-funds', '帮扶慰问资金'), indicator('wage-arrears-recovered', '追回欠薪'), indicator('collective-contracts', '集体合同'), indicator('workers-homes', '职工之家')];
const members = (n: number) => ({ value: n, qualifier: 'exact' as const, year: 2025, source: '会员总数', fact: null });

describe('pairComparison', () => {
  it('splits indicators into shared and one-sided, in taxonomy order', () => {
    const values = [
      value('aid-funds', KUITUN, { value: 1330900, unit: '元' }),
      value('aid-funds', XINJIANG, { value: 496_000_000, unit: '元' }),
      value('wage-arrears-recovered', KUITUN, { value: 449000, unit: '元' }),
      value('collective-contracts', XINJIANG, { value: 84, unit: '份' }),
    ];
    const c = pairComparison(KUITUN, XINJIANG, indicators, values);
    expect(c.shared.map((s) => s.indicator.id)).toEqual(['aid-funds']);
    expect(c.onlyA.map((s) => s.indicator.id)).toEqual(['wage-arrears-recovered']);
    expect(c.onlyB.map((s) => s.indicator.id)).toEqual(['collective-contracts']);
    const sides = [{ report: KUITUN, members: null, color: '#000' }, { report: XINJIANG, members: null, color: '#000' }] as const;
    expect(pairedRows([...sides], c.shared, 'year')[0]!.sides.map((s) => s.label)).toEqual(['133.1万元/年', '约9920万元/年']);
    expect(pairedRows([...sides], c.shared, 'total')[0]!.sides.map((s) => s.label)).toEqual(['133.1万元', '4.96亿元']);
    expect(pairedRows([...sides], c.shared, 'year')[0]!.sides.map((s) => s.color)).toEqual(['#000', '#000']);
    expect(pairPers(c, [...sides])).toEqual(['year', 'total']);
  });

  it('offers the per-member view only where both memberships are known', () => {
    const values = [value('aid-funds', KUITUN, { value: 20000, unit: '元' }), value('aid-funds', CHANGLI, { value: 30000, unit: '元' })];
    const c = pairComparison(KUITUN, CHANGLI, indicators, values);
    expect(pairPers(c, [{ report: KUITUN, members: members(10000), color: '#000' }, { report: CHANGLI, members: null, color: '#000' }])).toEqual(['year', 'total']);
    const sides: [PairSide, PairSide] = [{ report: KUITUN, members: members(10000), color: '#000' }, { report: CHANGLI, members: members(60000), color: '#000' }];
    expect(pairPers(c, sides)).toEqual(['year', 'total', 'member']);
    expect(pairedRows(sides, c.shared, 'member')[0]!.sides.map((s) => s.value)).toEqual([20000, 5000]);
  });

  it('says a row of standing totals is one, in every view', () => {
    const values = [value('workers-homes', KUITUN, { value: 4, perYear: null, kind: 'stock' }), value('workers-homes', CHANGLI, { value: 20, perYear: null, kind: 'stock' })];
    const c = pairComparison(KUITUN, CHANGLI, indicators, values);
    const sides: [PairSide, PairSide] = [{ report: KUITUN, members: null, color: '#000' }, { report: CHANGLI, members: null, color: '#000' }];
    expect(pairedRows(sides, c.shared, 'year')[0]!.basis).toBe('存量');
    expect(pairedRows(sides, c.shared, 'year')[0]!.sides[1]!.label).toBe('20个（截至2025年）');
  });
});

describe('pairPage', () => {
  it('colours each region as everywhere, lists its reports in time order, and names the indicators any of them gives', () => {
    const CHANGLI_2024 = frontmatter('changli-2024', 9, 'changli', '昌黎县', [2024, 2024]);
    const places = regionPlaces([KUITUN, XINJIANG, CHANGLI, CHANGLI_2024]);
    const values = [value('workers-homes', CHANGLI_2024, {}), value('aid-funds', KUITUN, {})];
    const page = pairPage({ slug: 'kuitun-vs-changli', a: KUITUN, b: CHANGLI }, places, indicators, values);
    expect(page.regions.map((r) => [r.id, r.name, r.color])).toEqual([['kuitun', '奎屯-独山子', regionColor(0)], ['changli', '昌黎', regionColor(2)]]);
    expect(page.regions[1].reports.map((r) => r.id)).toEqual(['changli-2024', 'changli-2025']);
    expect(page.indicators).toEqual([{ id: 'aid-funds', zh: '帮扶慰问资金' }, { id: 'workers-homes', zh: '职工之家' }]);
  });
});
