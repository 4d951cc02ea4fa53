import { describe, expect, it } from 'vitest';
import { valueScale } from '../../src/charts/value-scale.ts';

describe('valueScale', () => {
  it('starts a linear scale at zero and rounds its top out', () => {
    const { scale, ticks } = valueScale([3, 17, 23], 'linear', [0, 100]);
    expect(scale.domain()).toEqual([0, 25]);
    expect(ticks[0]).toBe(0);
    expect(scale(25)).toBe(100);
  });

  it('spans whole powers of ten on a log scale, so the smallest dot stands clear of the edge', () => {
    const { scale, ticks } = valueScale([437_000, 496_000_000], 'log', [0, 300]);
    expect(ticks).toEqual([1e5, 1e6, 1e7, 1e8, 1e9]);
    expect(scale(437_000)).toBeGreaterThan(scale(1e5));
  });

  it('keeps a decade when all values are equal, and ignores zeros on a log scale', () => {
    expect(valueScale([5, 5], 'log', [0, 1]).ticks).toEqual([1, 10]);
    expect(valueScale([0, 20], 'log', [0, 1]).scale.domain()[0]).toBe(10);
  });
});
