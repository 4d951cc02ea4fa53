import { describe, expect, it } from 'vitest';
import { isPlausibleFigure, LARGEST_FIGURE, multiplierValue, parseArabic, parseHanNumeral, qualifierOf, scaled } from '../../scripts/facts/numbers.ts';

describe('parseArabic', () => {
  it('reads decimals and thousands separators', () => {
    expect(parseArabic('26886')).toBe(26886);
    expect(parseArabic('26,886')).toBe(26886);
    expect(parseArabic('129.65')).toBe(129.65);
  });
});

describe('parseHanNumeral', () => {
  it.each([
    ['十', 10], ['十七', 17], ['二十三', 23], ['一百零五', 105], ['两', 2], ['两千', 2000], ['百', 100], ['万', 1e4],
    ['千万', 1e7], ['亿', 1e8], ['一万二千', 12000], ['六', 6],
  ])('%s is %d', (numeral, value) => {
    expect(parseHanNumeral(numeral)).toBe(value);
  });

  it('refuses what is not a numeral', () => {
    expect(parseHanNumeral('十四五年')).toBeNull();
    expect(parseHanNumeral('零')).toBeNull();
    expect(parseHanNumeral('〇')).toBeNull();
    expect(parseHanNumeral('零点零')).toBeNull();
  });

  it.each([
    ['零点五万', 5_000], ['一点五', 1.5], ['一点零五万', 10_500], ['三点二亿', 320_000_000], ['二十点五', 20.5], ['三点二万亿', 3.2e12],
  ])('reads decimals with 点, then the multiplier: %s is %d', (numeral, value) => {
    expect(parseHanNumeral(numeral)).toBe(value);
  });

  it.each([['廿', 20], ['廿五', 25], ['一百廿', 120], ['卅', 30]])('reads the old forms 廿 and 卅: %s is %d', (numeral, value) => {
    expect(parseHanNumeral(numeral)).toBe(value);
  });

  it.each([['二〇二三', 2023], ['一〇五', 105], ['一零五', 105], ['二〇〇', 200]])('reads digits one by one where a zero shows it: %s is %d', (numeral, value) => {
    expect(parseHanNumeral(numeral)).toBe(value);
  });

  it('keeps a positional zero positional (一百零五), and 〇 as its twin (一百〇五)', () => {
    expect(parseHanNumeral('一百零五')).toBe(105);
    expect(parseHanNumeral('一百〇五')).toBe(105);
    expect(parseHanNumeral('两千零二十三')).toBe(2023);
  });
});

describe('isPlausibleFigure', () => {
  it('takes a count up to the largest figure, and nothing infinite or beyond it', () => {
    expect(isPlausibleFigure(26_886)).toBe(true);
    expect(isPlausibleFigure(LARGEST_FIGURE)).toBe(true);
    expect(isPlausibleFigure(LARGEST_FIGURE * 10)).toBe(false);
    expect(isPlausibleFigure(parseArabic('9'.repeat(400)))).toBe(false);
    expect(isPlausibleFigure(Number.MAX_SAFE_INTEGER + 2)).toBe(false);
  });
});

describe('multipliers', () => {
  it('scales decimals without binary noise (1.4亿, 3.9萬, 46.73万)', () => {
    expect(scaled(1.4, multiplierValue('亿'))).toBe(140_000_000);
    expect(scaled(3.9, multiplierValue('万'))).toBe(39_000);
    expect(scaled(46.73, multiplierValue('万'))).toBe(467_300);
    expect(scaled(129.65, multiplierValue('万'))).toBe(1_296_500);
    expect(() => multiplierValue('兆')).toThrow();
  });
});

describe('qualifierOf', () => {
  it('reads the qualifier from the words around a number', () => {
    expect(qualifierOf({})).toBe('exact');
    expect(qualifierOf({ infix: '余' })).toBe('approx-more');
    expect(qualifierOf({ infix: '多' })).toBe('approx-more');
    expect(qualifierOf({ prefix: '超' })).toBe('approx-more');
    expect(qualifierOf({ prefix: '逾' })).toBe('approx-more');
    expect(qualifierOf({ prefix: '近' })).toBe('approx-less');
    expect(qualifierOf({ prefix: '约' })).toBe('approx');
    expect(qualifierOf({ suffix: '以上' })).toBe('at-least');
    expect(qualifierOf({ suffix: '左右' })).toBe('approx');
  });
});
