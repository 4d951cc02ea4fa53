import { describe, expect, it } from 'vitest';
import { formatCompact, formatExact } from '../../src/charts/format-number.ts';

describe('formatCompact', () => {
  it('writes large figures in 万 and 亿 with four significant digits', () => {
    expect(formatCompact(496_000_000)).toBe('4.96亿');
    expect(formatCompact(449_000)).toBe('44.9万');
    expect(formatCompact(1_330_900)).toBe('133.1万');
    expect(formatCompact(10_000_000)).toBe('1000万');
    expect(formatCompact(99_996_000)).toBe('1亿');
  });

  it('rounds to whole units from 10, one decimal below, two significant digits below 1', () => {
    expect(formatCompact(1162)).toBe('1162');
    expect(formatCompact(110.4)).toBe('110');
    expect(formatCompact(17.8)).toBe('18');
    expect(formatCompact(3.04)).toBe('3');
    expect(formatCompact(0.8)).toBe('0.8');
    expect(formatCompact(0.0234)).toBe('0.023');
    expect(formatCompact(0)).toBe('0');
  });
});

describe('formatExact', () => {
  it('keeps every digit, in 万 and 亿 beyond five digits', () => {
    expect(formatExact(1_330_900)).toBe('133.09万');
    expect(formatExact(496_000_000)).toBe('4.96亿');
    expect(formatExact(26_886)).toBe('26886');
    expect(formatExact(1225)).toBe('1225');
    expect(formatExact(123_456)).toBe('12.3456万');
    expect(formatExact(2.5)).toBe('2.5');
  });
});
