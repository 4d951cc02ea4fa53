import { describe, expect, it } from 'vitest';
import { countBefore } from '../../scripts/facts/sorted-search.ts';

describe('countBefore', () => {
  const starts = [3, 8, 8, 15, 40];

  it('counts the opening run of items for which the test holds', () => {
    expect(countBefore(starts, (s) => s < 8)).toBe(1);
    expect(countBefore(starts, (s) => s <= 8)).toBe(3);
    expect(countBefore(starts, (s) => s < 16)).toBe(4);
  });

  it('gives 0 when the test holds for none, the length when it holds for all', () => {
    expect(countBefore(starts, (s) => s < 0)).toBe(0);
    expect(countBefore(starts, (s) => s < 100)).toBe(starts.length);
    expect(countBefore([], () => true)).toBe(0);
  });

  it('agrees with reading the items one by one on a long list', () => {
    const long = Array.from({ length: 1000 }, (_, i) => i * 3);
    for (const at of [0, 1, 299, 300, 1500, 2997, 3000]) {
      expect(countBefore(long, (s) => s < at)).toBe(long.filter((s) => s < at).length);
    }
  });
});
