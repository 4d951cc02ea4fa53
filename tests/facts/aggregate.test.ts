import { describe, expect, it } from 'vitest';
import { indicatorValues } from '../../scripts/facts/aggregate.ts';
import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { Fact } from '../../src/contracts/fact.ts';
import type { Indicator } from '../../src/contracts/indicator.ts';

const report: CatalogEntry = {
  id: 'x-2019-2023',
  file: 'x.txt',
  region: { id: 'x', name: '某区', level: 'district' },
  period: { start: 2019, end: 2023, years: 5 },
};
const indicator: Indicator = { id: 'ind', zh: '指标', en: 'Indicator', theme: 'rights', kind: 'flow', units: ['份', '家'], match: { what: ['合同'] } };

let n = 0;
function fact(value: number | null, unit: string, rest: Partial<Fact> = {}): Fact {
  n++;
  const id = `x-2019-2023-f${String(n).padStart(3, '0')}`;
  return {
    id, report: report.id, region: 'x', text: `${value}${unit}`, value, unit, qualifier: 'exact', kind: 'flow',
    perYear: value === null ? null : value / 5, what: '合同', sentence: '。', section: null, theme: 'rights', indicator: 'ind',
    uncertain: value === null, uncertainReason: value === null ? '乱码' : null, url: `/reports/x-2019-2023/#${id}`, ...rest,
  };
}

describe('indicatorValues', () => {
  it('sums facts in the first listed unit and gives per-year values for flows', () => {
    const facts = [fact(380, '份', { qualifier: 'approx-more' }), fact(20, '份'), fact(30, '家')];
    const [row] = indicatorValues([indicator], [report], facts, new Set());
    expect(row).toMatchObject({ value: 400, perYear: 80, unit: '份', qualifier: 'approx-more', kind: 'flow', facts: [facts[0]!.id, facts[1]!.id] });
  });

  it('never adds a stock to a flow, nor counts a part twice', () => {
    const total = fact(427, '份');
    const part = fact(17, '份');
    const stock = fact(1000, '份', { kind: 'stock', perYear: null });
    const [row] = indicatorValues([indicator], [report], [total, part, stock], new Set([part.id]));
    expect(row).toMatchObject({ value: 427, kind: 'flow', facts: [total.id] });
  });

  it('counts 人 and 名 together, and leaves the value unknown when a fact is damaged', () => {
    const people: Indicator = { ...indicator, units: ['人', '名'] };
    expect(indicatorValues([people], [report], [fact(800, '人'), fact(425, '名')], new Set())[0]).toMatchObject({ value: 1225, unit: '人' });
    expect(indicatorValues([people], [report], [fact(null, '人')], new Set())[0]).toMatchObject({ value: null, perYear: null, uncertain: true });
  });

  it('gives no row for a report that does not mention the indicator', () => {
    expect(indicatorValues([indicator], [report], [], new Set())).toEqual([]);
  });
});
