import { DAMAGE_CLOSE } from '../../src/contracts/damage.ts';
import type { Qualifier } from '../../src/contracts/fact.ts';
import {
  HAN_DECIMAL_MULTIPLIERS,
  HAN_DIGITS,
  HAN_NUMERAL_CHARACTERS,
  INFIX_WORDS,
  isPlausibleFigure,
  multiplierValue,
  parseArabic,
  parseHanNumeral,
  PREFIX_WORDS,
  qualifierOf,
  scaled,
  SUFFIX_WORDS,
} from './numbers.ts';
import { CATEGORY_UNITS, normalizeUnit, TIME_UNITS, UNITS, WORD_CONTINUATIONS } from './units.ts';

/** A quantity found in a text, with its offsets so that the page can mark it where it stands. */
export interface Quantity {
  start: number;
  end: number;
  text: string;
  value: number | null;
  unit: string;
  qualifier: Qualifier;
  /** Set when the number touches a span the source damaged. */
  damaged: boolean;
  /** Why a number that reads as one is no count: it is negative, or too large for any (value null then). */
  doubt: Doubt | null;
}

export type Doubt = 'negative' | 'too-large';

const alt = (words: string[]) => words.map((w) => w.replace(/[()]/g, '\\$&')).join('|');
// A number is only tried where no earlier start could have read it: had it failed there, it
// fails here too, and trying every digit would read a long run once per digit. Plain digits
// start a run; a group of thousands (`1,234,567`) is tried from the first that reaches its
// comma, and not from one the group before it leads into.
const ARABIC = '(?!(?<=\\d)\\d{1,2},|(?<=\\d,)\\d{3}(?!\\d))\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<!\\d)\\d+(?:\\.\\d+)?';
const HAN_CHARACTER = `[${HAN_NUMERAL_CHARACTERS}]`;
// A whole numeral, or one with decimals (`零点五万`).
const HAN = `(?<!${HAN_CHARACTER})${HAN_CHARACTER}+(?:点[${HAN_DIGITS}]+(?:${HAN_DECIMAL_MULTIPLIERS.join('|')})?)?`;
const MULT = '十万|百万|千万|万|亿';
const PERSON_NOUN = '(?=(?:女)?(?:职工|会员|劳动者|农民工|员工|群众|工人))';

// prefix? (arabic (infix)? multiplier? | han) infix? 大? unit (次)? suffix?
const QUANTITY = new RegExp(
  `(?<prefix>${alt(PREFIX_WORDS)})?` +
    `(?:(?<arabic>${ARABIC})(?<infix1>${alt(INFIX_WORDS)})?(?<mult>${MULT})?|(?<han>${HAN}))` +
    `(?<infix2>${alt(INFIX_WORDS)})?` +
    `(?:(?<big>大)(?<category>${alt(CATEGORY_UNITS)})|(?<unit>${alt(UNITS)})(?<twice>\\(次\\)|/次)?|(?<bare>${PERSON_NOUN}))` +
    `(?<suffix>${alt(SUFFIX_WORDS)})?`,
  'gu',
);

// Set phrases and slogans whose numeral is followed by a measure word, so they would read
// as counts (`三位一体`, `四个意识`). Those led by a lone 一, or with no measure word
// (`五小`, `两癌`), never match and need no entry.
const SET_PHRASES = /[三四五]位一体|两个(?:确立|维护|一百年|务必|结合)|三个(?:代表|务必)|四个(?:意识|自信|全面)/gu;
const QUOTE_SPAN = /“[^“”]{1,10}”|‘[^‘’]{1,10}’|「[^「」]{1,10}」/gu;

// `约`, `近` and `负` end ordinary words too (`签约2名律师`, `附近3家`, `担负5项`); there they qualify nothing.
const WORD_ENDINGS: Record<string, string> = { 约: '签预节制契公条相邀履违特大', 近: '最接附邻将亲靠贴', 负: '担肩身胜抱辜欺背自正' };

// A sign right before a number (`负五名`, `−3%`). A hyphen is one only where no digit or
// letter stands before it: after one it joins a range (`3-5名`) or a code.
const SIGNS = '负−';
function signedAt(text: string, at: number): boolean {
  const [sign, before] = [text[at - 1], text[at - 2] ?? ''];
  if (sign === '-') return !/[0-9A-Za-z]/.test(before);
  return sign !== undefined && SIGNS.includes(sign) && !WORD_ENDINGS[sign]?.includes(before);
}

function spans(text: string, pattern: RegExp): Array<[number, number]> {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** Whether `at` falls in one of `ranges` (in order, not overlapping), found by halving. */
function inside(at: number, ranges: Array<[number, number]>): boolean {
  let [lo, hi] = [0, ranges.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]![0] <= at;
}

/**
 * Every quantity in a text (its folded reading: ASCII punctuation): a number (Arabic or
 * Chinese, with 万/亿) with its measure word and qualifier. Dates, years and ordinals never match (no unit follows them); numbers
 * after 第, inside short quoted names, in set phrases, or used as adjectives are left out.
 */
export function findQuantities(text: string): Quantity[] {
  const quoted = spans(text, QUOTE_SPAN);
  const phrases = spans(text, SET_PHRASES);
  const found: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups!;
    const prefixEndsWord = g.prefix !== undefined && WORD_ENDINGS[g.prefix]?.includes(text[m.index - 1] ?? '');
    const prefix = prefixEndsWord ? undefined : g.prefix;
    const start = prefixEndsWord ? m.index + g.prefix!.length : m.index;
    const numberStart = start + (prefix?.length ?? 0);
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, start - 1), start);
    const after = text[end] ?? '';
    const unit = g.category ?? g.unit ?? (g.bare !== undefined ? '人' : '');

    // `第三`, and session numbers of meetings (`四届七次全会`, `十三届五次`), are ordinals.
    if (before === '第' || before === '届' || /[\d.]/.test(before)) continue;
    if (inside(numberStart, quoted) || inside(numberStart, phrases)) continue;
    if (g.unit && WORD_CONTINUATIONS[g.unit]?.includes(after) && !g.suffix) continue;
    if (TIME_UNITS.has(unit) && /\p{Script=Han}/u.test(after) && !'的以余多左内'.includes(after)) continue;

    let value: number | null;
    if (g.arabic !== undefined) {
      if (g.bare !== undefined && !g.mult) continue;
      value = g.mult ? scaled(parseArabic(g.arabic), multiplierValue(g.mult)) : parseArabic(g.arabic);
    } else {
      value = parseHanNumeral(g.han!);
      // A lone 一 is idiom far more often than a count; a numeral led by 百/千/万/亿 is
      // only a count with a qualifier (近万家, 百余名), else it is a word (万家灯火).
      if (value === null || g.han === '一' || g.bare !== undefined) continue;
      if (/^[百千万亿]/u.test(g.han!) && !prefix && !g.infix2) continue;
    }
    if (g.big && value > 20) continue;

    const damaged = text[start - 1] === DAMAGE_CLOSE;
    // A signed figure keeps its sign in its text, so that the page marks what was read.
    const negative = !damaged && !prefix && signedAt(text, start);
    const doubt: Doubt | null = negative ? 'negative' : isPlausibleFigure(value) ? null : 'too-large';
    const from = negative ? start - 1 : start;
    found.push({
      start: from,
      end,
      text: text.slice(from, end),
      value: damaged || doubt !== null ? null : value,
      unit: normalizeUnit(unit, g.twice !== undefined),
      qualifier: qualifierOf({ prefix, infix: g.infix1 ?? g.infix2, suffix: g.suffix }),
      damaged,
      doubt,
    });
  }
  return found;
}
