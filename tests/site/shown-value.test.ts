import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/contracts/fact-values.ts';
import type { Kind } from '../../src/contracts/fact.ts';
import { shownValue } from '../../src/lib/view/shown-value.ts';
import { type Per, PERS } from '../../src/lib/view/view-state.ts';
import { CHANGLI, XINJIANG, value } from '../helpers/frontmatter.ts';

const members = (n: number, qualifier: 'exact' | 'approx-more' = 'exact') => ({ value: n, qualifier, year: 2023, source: '全区工会会员435万余人', fact: null });

describe('shownValue', () => {
  it('divides a five-year flow by its years and says it is an average', () => {
    const v = value('new-members', XINJIANG, { value: 552, unit: '人' });
    expect(shownValue(v, XINJIANG, 'year', null)).toMatchObject({ number: 110.4, label: '约110人/年' });
    expect(shownValue(v, XINJIANG, 'total', null)).toMatchObject({ number: 552, label: '552人' });
    const small = value('studios', XINJIANG, { value: 4, unit: '家' });
    expect(shownValue(small, XINJIANG, 'year', null).label).toBe('约0.8家/年');
  });

  it('divides a flow its sentence dates by the years since, and notes it', () => {
    const v = value('labour-disputes', XINJIANG, { value: 120, perYear: 40, years: 3, unit: '件' });
    expect(shownValue(v, XINJIANG, 'year', null)).toMatchObject({ number: 40, label: '约40件/年（2021年起，按3年折算）' });
    expect(shownValue(v, XINJIANG, 'total', null)).toMatchObject({ number: 120, label: '120件' });
  });

  it('never divides a standing total and dates it', () => {
    const v = value('workers-bookhouses', XINJIANG, { value: 433, perYear: null, kind: 'stock', unit: '家' });
    expect(shownValue(v, XINJIANG, 'year', null)).toMatchObject({ number: 433, label: '433家（截至2023年）' });
    expect(shownValue(v, XINJIANG, 'total', null).number).toBe(433);
  });

  it('shows a yearly figure per year only, labelled 年均', () => {
    const v = value('skills-competitions-items', XINJIANG, { value: 3700, perYear: 3700, kind: 'per-unit', unit: '项', qualifier: 'approx-more' });
    expect(shownValue(v, XINJIANG, 'year', null)).toMatchObject({ number: 3700, label: '年均3700余项', bound: 'lower' });
    expect(shownValue(v, XINJIANG, 'total', null)).toMatchObject({ number: null, label: '只有年均数' });
  });

  it('puts a figure per 万 members of the report, and gives none without a membership', () => {
    const flow = value('aid-funds', XINJIANG, { value: 496_000_000, unit: '元' });
    // 4.96亿 over 5 years is 9920万 a year, 22.8 yuan a member, 22.8万 per 万 members.
    expect(shownValue(flow, XINJIANG, 'member', members(4_350_000)).number).toBeCloseTo((496_000_000 / 5 / 4_350_000) * 1e4, 6);
    expect(shownValue(flow, XINJIANG, 'member', members(4_350_000)).label).toBe('约22.8万元/万名会员·年');
    expect(shownValue(flow, XINJIANG, 'member', null)).toMatchObject({ number: null, label: '无会员数' });
    const stock = value('workers-bookhouses', CHANGLI, { value: 6, perYear: null, kind: 'stock', unit: '个' });
    expect(shownValue(stock, CHANGLI, 'member', members(30_000)).label).toBe('约2个/万名会员（截至2023年）');
  });

  it('calls a rate of an approximate membership approximate, whatever its figure', () => {
    const flow = value('aid-funds', CHANGLI, { value: 30_000, unit: '元' });
    expect(shownValue(flow, CHANGLI, 'member', members(10_000, 'approx-more'))).toMatchObject({ label: '约3万元/万名会员·年', bound: null });
  });
});

describe('shownValue: every view of every kind', () => {
  const figures = {
    flow: value('new-members', XINJIANG, { value: 500, unit: '人' }),
    stock: value('workers-bookhouses', XINJIANG, { value: 500, perYear: null, kind: 'stock', unit: '家' }),
    rate: value('contract-rate', XINJIANG, { value: 95, perYear: null, kind: 'rate', unit: '%' }),
    'per-unit': value('skills-competitions-items', XINJIANG, { value: 300, perYear: 300, kind: 'per-unit', unit: '项' }),
  };
  const membership = { value: 10_000, qualifier: 'exact' as const, year: 2022, source: '会员1万人', fact: null };

  it.each<[Per, Kind, number | null, string]>([
    ['year', 'flow', 100, '约100人/年'],
    ['year', 'stock', 500, '500家（截至2023年）'],
    ['year', 'rate', 95, '95%'],
    ['year', 'per-unit', 300, '年均300项'],
    ['total', 'flow', 500, '500人'],
    ['total', 'stock', 500, '500家（截至2023年）'],
    ['total', 'rate', 95, '95%'],
    ['total', 'per-unit', null, '只有年均数'],
    ['member', 'flow', 100, '约100人/万名会员·年'],
    ['member', 'stock', 500, '约500家/万名会员（截至2022年）'],
    ['member', 'rate', null, '比率不按会员折算'],
    ['member', 'per-unit', 300, '年均约300项/万名会员'],
  ])('%s × %s', (per, kind, number, label) => {
    expect(shownValue(figures[kind], XINJIANG, per, membership)).toMatchObject({ number, label });
  });

  it('shows nothing per member without a membership, and nothing of a damaged figure in any view', () => {
    for (const kind of KINDS) {
      expect(shownValue(figures[kind], XINJIANG, 'member', null)).toMatchObject({ number: null, label: '无会员数' });
      for (const per of PERS) {
        expect(shownValue({ ...figures[kind], uncertain: true }, XINJIANG, per, membership)).toMatchObject({ number: null, label: '数值不详（原文受损或存疑）' });
      }
    }
  });
});
