import nzhcn from 'nzh/cn';
import type { Qualifier } from '../../src/contracts/fact.ts';

const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8 };
const HAN_NUMERAL = /^[零〇一二两三四五六七八九十百千万亿]+$/u;

/** A multiplier word after Arabic digits (`3.9万`, `1.4亿`, `1000万`). */
export function multiplierValue(word: string): number {
  const value = MULTIPLIERS[word];
  if (value === undefined) throw new Error(`unknown multiplier ${word}`);
  return value;
}

/** `26,886` → 26886, `129.65` → 129.65. */
export function parseArabic(digits: string): number {
  return Number(digits.replaceAll(',', ''));
}

/**
 * A Chinese numeral (`十七`, `一万二千`, `两`, `百`, `近千万`'s `千万`) as a number, or null.
 * nzh decodes the positional forms; it does not know 两, the spoken form of 二.
 */
export function parseHanNumeral(numeral: string): number | null {
  if (!HAN_NUMERAL.test(numeral)) return null;
  const value = Number(nzhcn.decodeS(numeral.replaceAll('两', '二').replaceAll('〇', '零')));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** Rounds away binary noise from decimal × multiplier (1.4 × 1e8), keeping the source's precision. */
export function scaled(value: number, multiplier: number): number {
  return Number((value * multiplier).toPrecision(12));
}

const PREFIX_QUALIFIERS: Record<string, Qualifier> = {
  超: 'approx-more',
  超过: 'approx-more',
  逾: 'approx-more',
  多达: 'approx-more',
  近: 'approx-less',
  将近: 'approx-less',
  接近: 'approx-less',
  不足: 'approx-less',
  不到: 'approx-less',
  约: 'approx',
  大约: 'approx',
  不少于: 'at-least',
  不低于: 'at-least',
};
const INFIX_QUALIFIERS: Record<string, Qualifier> = { 余: 'approx-more', 多: 'approx-more' };
const SUFFIX_QUALIFIERS: Record<string, Qualifier> = {
  以上: 'at-least',
  左右: 'approx',
  上下: 'approx',
  以下: 'approx-less',
  以内: 'approx-less',
  之多: 'approx-more',
};

export const PREFIX_WORDS = Object.keys(PREFIX_QUALIFIERS);
export const INFIX_WORDS = Object.keys(INFIX_QUALIFIERS);
export const SUFFIX_WORDS = Object.keys(SUFFIX_QUALIFIERS);

/** The qualifier of a quantity from the words around it; the first one present wins, prefix first. */
export function qualifierOf(words: { prefix?: string; infix?: string; suffix?: string }): Qualifier {
  return (
    (words.prefix && PREFIX_QUALIFIERS[words.prefix]) ||
    (words.infix && INFIX_QUALIFIERS[words.infix]) ||
    (words.suffix && SUFFIX_QUALIFIERS[words.suffix]) ||
    'exact'
  );
}
