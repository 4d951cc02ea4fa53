import { describe, expect, it } from 'vitest';
import { regionsOf } from '../../src/lib/data/regions.ts';
import { regionSeries, timeSpans } from '../../src/lib/view/region-series.ts';
import type { Indicator } from '../../src/contracts/indicator.ts';
import { XINJIANG, frontmatter, value } from '../helpers/frontmatter.ts';

const indicator = (id: string) => ({ id, zh: id, kind: 'flow' }) as Indicator;

const XINJIANG_2024 = frontmatter('xinjiang-2024', 5, 'xinjiang', '新疆维吾尔自治区', [2024, 2024]);
const [region] = regionsOf([XINJIANG, XINJIANG_2024]);
const spansOf = (review: Parameters<typeof value>[2], annual: Parameters<typeof value>[2] = { value: 90 }) => {
  const values = [value('x', XINJIANG, review), value('x', XINJIANG_2024, annual)];
  return timeSpans(regionSeries(region!, [indicator('x')], values)[0]!, region!);
};

describe('timeSpans', () => {
  it('draws a review across the years it sums up and an annual report across its year', () => {
    const [review, annual] = spansOf({ value: 500 });
    expect([review!.from, review!.until]).toEqual([XINJIANG.period.start, XINJIANG.period.start + XINJIANG.period.years]);
    expect([annual!.from, annual!.until]).toEqual([2024, 2025]);
  });

  it('starts a flow its sentence dates inside the period in that year, as its label says', () => {
    const [review] = spansOf({ value: 300, years: 2 });
    expect(review!.from).toBe(XINJIANG.period.end - 1);
    expect(review!.until).toBe(XINJIANG.period.start + XINJIANG.period.years);
    expect(review!.label).toContain(`${XINJIANG.period.end - 1}年起`);
  });

  it('puts a standing total in the year it is dated', () => {
    const [review] = spansOf({ value: 400, kind: 'stock', perYear: null });
    expect([review!.from, review!.until, review!.stock]).toEqual([XINJIANG.period.end, XINJIANG.period.end + 1, true]);
  });
});
