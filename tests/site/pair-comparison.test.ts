import { describe, expect, it } from 'vitest';
import { pairComparison, pairedRows } from '../../src/lib/view/pair-comparison.ts';
import type { Indicator } from '../../src/contracts/indicator.ts';
import { CHANGLI, KUITUN, value } from '../helpers/frontmatter.ts';

const indicator = (id: string, zh: string) => ({ id, zh }) as Indicator;
const indicators = [indicator('aid-funds', '帮扶慰问资金'), indicator('wage-arrears-recovered', '追回欠薪'), indicator('collective-contracts', '集体合同'), indicator('workers-homes', '职工之家')];

describe('pairComparison', () => {
  it('splits indicators into shared and one-sided, in taxonomy order', () => {
    const values = [
      value('aid-funds', KUITUN, { value: 1330900, unit: '元' }),
      value('aid-funds', CHANGLI, { value: 437000, unit: '元' }),
      value('wage-arrears-recovered', KUITUN, { value: 449000, unit: '元' }),
      value('collective-contracts', CHANGLI, { value: 84, unit: '份' }),
    ];
    const c = pairComparison(KUITUN, CHANGLI, indicators, values);
    expect(c.shared.map((s) => [s.indicator.id, s.per])).toEqual([['aid-funds', 'year']]);
    expect(c.onlyA.map((s) => s.indicator.id)).toEqual(['wage-arrears-recovered']);
    expect(c.onlyB.map((s) => s.indicator.id)).toEqual(['collective-contracts']);
    expect(pairedRows(KUITUN, CHANGLI, c.shared)[0]!.sides.map((s) => s.label)).toEqual(['133.1万 元/年', '43.7万 元/年']);
  });

  it('compares totals when one figure is a stock', () => {
    const values = [value('workers-homes', KUITUN, { value: 4 }), value('workers-homes', CHANGLI, { value: 20, perYear: null, kind: 'stock' })];
    const c = pairComparison(KUITUN, CHANGLI, indicators, values);
    expect(c.shared[0]!.per).toBe('total');
    expect(pairedRows(KUITUN, CHANGLI, c.shared)[0]!.basis).toBe('合计');
  });
});
