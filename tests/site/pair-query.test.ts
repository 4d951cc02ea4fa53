import { describe, expect, it } from 'vitest';
import type { PairPage } from '../../src/lib/data/region-pairs.ts';
import { pairChoiceFromQuery } from '../../src/lib/view/pair-query.ts';

const period = (year: number) => ({ start: year, end: year, years: 1 });
const regions: Pick<PairPage, 'regions'> = {
  regions: [
    { id: 'kuitun', name: '奎屯', color: '#000', reports: [{ id: 'kuitun-2024', period: period(2024) }, { id: 'kuitun-2025', period: period(2025) }] },
    { id: 'changli', name: '昌黎', color: '#111', reports: [{ id: 'changli-2023', period: period(2023) }, { id: 'changli-2025', period: period(2025) }] },
  ],
};

describe('pairChoiceFromQuery', () => {
  it('reads the two reports in either order, the rest of the query aside', () => {
    expect(pairChoiceFromQuery('?a=kuitun-2024&b=changli-2023&per=total', regions)).toEqual({ a: 'kuitun-2024', b: 'changli-2023' });
    expect(pairChoiceFromQuery('?b=kuitun-2024&a=changli-2023', regions)).toEqual({ a: 'kuitun-2024', b: 'changli-2023' });
  });

  it('takes the latest report for a side the query leaves out', () => {
    expect(pairChoiceFromQuery('?a=changli-2023', regions)).toEqual({ a: 'kuitun-2025', b: 'changli-2023' });
  });

  it('names nothing without a or b, and refuses what is not one report of each region', () => {
    expect(pairChoiceFromQuery('?per=total', regions)).toBeNull();
    expect(pairChoiceFromQuery('', regions)).toBeNull();
    expect(pairChoiceFromQuery('?a=kuitun-2024&b=kuitun-2025', regions)).toBe('unknown');
    expect(pairChoiceFromQuery('?a=kuitun-2024&b=javascript:alert(1)', regions)).toBe('unknown');
    expect(pairChoiceFromQuery('?a=kuitun-2024&a=kuitun-2025&b=changli-2023', regions)).toBe('unknown');
    expect(pairChoiceFromQuery('?a=%E0%A4%A', regions)).toBe('unknown');
  });
});
