import { describe, expect, it } from 'vitest';
import { formatCompact } from '../../src/charts/format-number.ts';

describe('formatCompact', () => {
  it('writes large figures in 万 and 亿 with four significant digits', () => {
    expect(formatCompact(496_000_000)).toBe('4.96亿');
    expect(formatCompact(449_000)).toBe('44.9万');
    expect(formatCompact(1_330_900)).toBe('133.1万');
    expect(formatCompact(10_000_000)).toBe('1000万');
  });

  it('groups thousands and keeps small fractions short', () => {
    expect(formatCompact(1162)).toBe('1,162');
    expect(formatCompact(17.8)).toBe('17.8');
    expect(formatCompact(71.2)).toBe('71.2');
    expect(formatCompact(0.8)).toBe('0.8');
  });
});
