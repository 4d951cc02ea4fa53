import nzhcn from 'nzh/cn';
import type { Qualifier } from '../../src/contracts/fact.ts';

const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 万亿: 1e12 };
/** The characters of a Chinese numeral, 廿 (20) and 卅 (30) included. */
export const HAN_NUMERAL_CHARACTERS = '零〇一二两三四五六七八九十百千万亿廿卅';
/** The ten digits, 〇 a second zero. */
export const HAN_DIGITS = '零〇一二三四五六七八九';
const HAN_NUMERAL = new RegExp(`^[${HAN_NUMERAL_CHARACTERS}]+$`, 'u');
// `一〇五`, `二〇二三`: digits one by one, which a zero among them and no 十百千 give away
// (`三五家`, three to five, has neither).
const DIGIT_BY_DIGIT = new RegExp(`^(?=.*[零〇])[${HAN_DIGITS}]{2,}$`, 'u');
// `零点五万`, `一点二亿`: a whole, 点, its decimals one by one, and a multiplier.
export const HAN_DECIMAL_MULTIPLIERS = ['万亿', '十万', '百万', '千万', '万', '亿'];
const HAN_DECIMAL = new RegExp(`^([${HAN_NUMERAL_CHARACTERS}]+)点([${HAN_DIGITS}]+)(${HAN_DECIMAL_MULTIPLIERS.join('|')})?$`, 'u');
// Spoken and old forms nzh does not know.
const SPOKEN: Record<string, string> = { 两: '二', 〇: '零', 廿: '二十', 卅: '三十' };

/**
 * The largest figure read as a count. A report counts nothing near ten trillion; beyond it
 * a run of digits is an identifier or lines run together, and from 2^53 on a JavaScript
 * number no longer holds every digit.
 */
export const LARGEST_FIGURE = 1e13;

/** Whether a figure read from the text can be a count (finite, within LARGEST_FIGURE). */
export function isPlausibleFigure(value: number): boolean {
  return Number.isFinite(value) && value <= LARGEST_FIGURE;
}

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

/** `一〇五` → `105`. */
function digitString(digits: string): string {
  return [...digits].map((d) => (d === '〇' ? 0 : '零一二三四五六七八九'.indexOf(d))).join('');
}

/** A whole Chinese numeral, zero included; nzh decodes the positional forms. */
function wholeValue(numeral: string): number {
  if (DIGIT_BY_DIGIT.test(numeral)) return Number(digitString(numeral));
  return Number(nzhcn.decodeS(numeral.replace(/[两〇廿卅]/gu, (c) => SPOKEN[c]!)));
}

/**
 * A Chinese numeral (`十七`, `一万二千`, `两`, `百`, `廿五`, `一〇五`, `零点五万`, `近千万`'s
 * `千万`) as a number, or null.
 */
export function parseHanNumeral(numeral: string): number | null {
  const decimal = HAN_DECIMAL.exec(numeral);
  let value: number;
  if (decimal) {
    const [, whole, decimals, multiplier] = decimal;
    value = scaled(Number(`${wholeValue(whole!)}.${digitString(decimals!)}`), multiplier ? multiplierValue(multiplier) : 1);
  } else {
    if (!HAN_NUMERAL.test(numeral)) return null;
    value = wholeValue(numeral);
  }
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
