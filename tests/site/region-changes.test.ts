import { describe, expect, it } from 'vitest';
import { changeBetween, changesOver } from '../../src/lib/view/region-changes.ts';
import { CHANGLI, XINJIANG, frontmatter, value } from '../helpers/frontmatter.ts';

const CHANGLI_2024 = frontmatter('changli-2024', 4, 'changli', '昌黎县', [2024, 2024]);
const XINJIANG_2024 = frontmatter('xinjiang-2024', 5, 'xinjiang', '新疆维吾尔自治区', [2024, 2024]);
const XINJIANG_2013 = frontmatter('xinjiang-2013-2018', 6, 'xinjiang', '新疆维吾尔自治区', [2013, 2018]);
const read = (report: typeof CHANGLI, v: Parameters<typeof value>[2]) => ({ report, value: value('x', report, v) });

describe('changeBetween', () => {
  it('gives the relative change of two annual figures', () => {
    expect(changeBetween(read(CHANGLI_2024, { value: 152 }), read(CHANGLI, { value: 168 }))).toEqual({ label: '+11%', ratio: 168 / 152 - 1 });
    expect(changeBetween(read(CHANGLI_2024, { value: 200 }), read(CHANGLI, { value: 150 })).label).toBe('−25%');
    expect(changeBetween(read(CHANGLI_2024, { value: 200 }), read(CHANGLI, { value: 201 })).label).toBe('持平');
  });

  it('compares two reviews per year, approximately', () => {
    expect(changeBetween(read(XINJIANG_2013, { value: 500 }), read(XINJIANG, { value: 600 })).label).toBe('约+20%');
  });

  it('does not set a review’s yearly average against one year’s result', () => {
    expect(changeBetween(read(XINJIANG, { value: 500 }), read(XINJIANG_2024, { value: 120 }))).toEqual({ label: '口径不同', ratio: null });
  });

  it('compares standing totals whatever their periods', () => {
    const stock = { kind: 'stock' as const, perYear: null };
    expect(changeBetween(read(XINJIANG, { value: 400, ...stock }), read(XINJIANG_2024, { value: 433, ...stock })).label).toBe('+8%');
  });

  it('says 口径不同 for figures of different kinds, and 数值不详 for damaged ones', () => {
    expect(changeBetween(read(CHANGLI_2024, { value: 16, kind: 'stock' }), read(CHANGLI, { value: 20 })).label).toBe('口径不同');
    expect(changeBetween(read(CHANGLI_2024, { value: 16, uncertain: true }), read(CHANGLI, { value: 20 })).label).toBe('数值不详');
    expect(changeBetween(read(CHANGLI_2024, { value: null }), read(CHANGLI, { value: 20 })).label).toBe('数值不详');
  });

  it('keeps an approximate figure’s change approximate, and compares rates in points', () => {
    expect(changeBetween(read(CHANGLI_2024, { value: 4000, qualifier: 'approx-more' }), read(CHANGLI, { value: 5000, qualifier: 'approx-more' })).label).toBe('约+25%');
    expect(changeBetween(read(CHANGLI_2024, { value: 72, kind: 'rate', unit: '%' }), read(CHANGLI, { value: 76, kind: 'rate', unit: '%' })).label).toBe('+4个百分点');
  });

  it('gives no percentage from zero', () => {
    expect(changeBetween(read(CHANGLI_2024, { value: 0 }), read(CHANGLI, { value: 5 })).label).toBe('—');
  });
});

describe('changesOver', () => {
  it('gives every reading but the first its change from the one before', () => {
    const changes = changesOver([read(CHANGLI_2024, { value: 10 }), read(CHANGLI, { value: 12 })]);
    expect(changes.map((c) => c.change?.label ?? null)).toEqual([null, '+20%']);
  });
});
