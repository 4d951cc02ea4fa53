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
import { countBefore } from './sorted-search.ts';
import { type MeasureWords, measureWords, normalizeUnit } from './units.ts';

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
  /**
   * Why a number that reads as one gives no value: it is negative, too large for any count,
   * or vague (`数十场`, a few dozen).
   */
  doubt: Doubt | null;
}

export type Doubt = 'negative' | 'too-large' | 'vague';

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
// What may not follow a number read after its noun: more of a number, a multiplier or
// qualifier the pattern left behind, a code, or a date or ordinal.
const NOT_AFTER_BARE = '[\\d.%A-Za-z~\\-十百千万亿余多年月日时号届期岁周]|,\\d';

interface Patterns {
  /** prefix? (arabic (infix)? multiplier? | han) infix? 大? unit (次)? suffix?, or a number before a bare noun. */
  quantity: RegExp;
  /** A bare noun, its verb, and a number no measure word follows (`会员净增17万`). */
  afterNoun: RegExp;
}

const compiled = new WeakMap<MeasureWords, Patterns>();

function patternsOf(words: MeasureWords): Patterns {
  let patterns = compiled.get(words);
  if (patterns) return patterns;
  const nouns = alt([...words.bareUnit.keys()].sort((a, b) => b.length - a.length));
  patterns = {
    quantity: new RegExp(
      `(?<prefix>${alt(PREFIX_WORDS)})?` +
        `(?:(?<arabic>${ARABIC})(?<infix1>${alt(INFIX_WORDS)})?(?<mult>${MULT})?|(?<han>${HAN}))` +
        `(?<infix2>${alt(INFIX_WORDS)})?` +
        `(?:(?<big>大)(?<category>${alt(words.categoryUnits)})|(?<unit>${alt(words.allUnits)})(?<twice>\\(次\\)|[/·・]次)?` +
        `|(?<bare>(?=(?:${alt(words.bareModifiers)})?(?<noun>${nouns}))))` +
        `(?<suffix>${alt(SUFFIX_WORDS)})?`,
      'gu',
    ),
    afterNoun: new RegExp(
      `(?<noun>${nouns})(?:${alt(words.bareVerbs)})?(?<prefix>${alt(PREFIX_WORDS)})?` +
        `(?<arabic>${ARABIC})(?<infix1>${alt(INFIX_WORDS)})?(?<mult>${MULT})?(?<infix2>${alt(INFIX_WORDS)})?(?<suffix>${alt(SUFFIX_WORDS)})?` +
        `(?!${NOT_AFTER_BARE}|${alt(words.allUnits)})`,
      'gu',
    ),
  };
  compiled.set(words, patterns);
  return patterns;
}

// Without 万 or 亿 a bare count is a whole number. Before its noun it has at most four digits
// and is no year: longer runs are hotlines and codes (`12351职工服务热线`), and
// `2023职工运动会` names an event.
const BARE_COUNT: Record<'noun-after' | 'noun-before', RegExp> = {
  'noun-after': /^(?!(?:19|20)\d\d$)\d{1,4}$/u,
  'noun-before': /^\d{1,3}(?:,?\d{3})*$/u,
};

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
  const ending = countBefore(ranges, ([, end]) => end <= at);
  return ending < ranges.length && ranges[ending]![0] <= at;
}

/** A figure's parts as either pattern read them. */
interface Reading {
  /** Where the match starts: its prefix, or its number. */
  at: number;
  end: number;
  prefix: string | undefined;
  arabic: string | undefined;
  han: string | undefined;
  mult: string | undefined;
  infix: string | undefined;
  suffix: string | undefined;
  unit: string;
  /** Where the measure word starts. */
  unitAt: number;
  twice: boolean;
  /** Where the noun of a bare count stands: after the number (`700一线职工`) or before it (`会员净增17万`). */
  bare: 'noun-after' | 'noun-before' | null;
  big: boolean;
}

/** Whether a vague word (`数`, `上`) stands right before `at`, and is not the end of another word (`人数`, `线上`). */
function vagueBefore(text: string, at: number, words: MeasureWords): boolean {
  const word = text[at - 1] ?? '';
  return words.vague.includes(word) && !words.vagueWordEndings[word]?.includes(text[at - 2] ?? '');
}

// Where a clause starts: what a verb before a figure must stand after to govern it.
const CLAUSE_MARK = /[,;:!?。!?]/gu;

/** Whether the measure word and noun at `unitAt` (`篇文章`) are governed, earlier in the clause, by a verb that makes them a figure of speech. */
function figurative(text: string, start: number, unitAt: number, words: MeasureWords): boolean {
  return Object.entries(words.figurative).some(([counted, verbs]) => {
    if (!text.startsWith(counted, unitAt)) return false;
    const head = text.slice(Math.max(0, start - 40), start);
    const clause = head.slice(Math.max(...[...head.matchAll(CLAUSE_MARK)].map((m) => m.index + 1), 0));
    return verbs.some((v) => clause.includes(v));
  });
}

/**
 * Every quantity in a text (its folded reading: ASCII punctuation): a number (Arabic or
 * Chinese, with 万/亿) with its measure word and qualifier, or a bare number with the unit
 * its noun gives it (`46.6万女职工`, `会员净增17万`). Dates, years and ordinals never match (no
 * unit follows them); numbers after 第, inside short quoted names, in set phrases, or used
 * as adjectives are left out. A vague figure (`数十场`) keeps its unit and has no value.
 */
export function findQuantities(text: string, words: MeasureWords = measureWords()): Quantity[] {
  const quoted = spans(text, QUOTE_SPAN);
  const phrases = spans(text, SET_PHRASES);
  const { quantity, afterNoun } = patternsOf(words);
  const readings: Reading[] = [];
  for (const m of text.matchAll(quantity)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    const measureWord = g.category ?? g.unit ?? '';
    readings.push({
      at: m.index,
      end,
      prefix: g.prefix,
      arabic: g.arabic,
      han: g.han,
      mult: g.mult,
      infix: g.infix1 ?? g.infix2,
      suffix: g.suffix,
      unit: g.category ?? g.unit ?? (g.noun !== undefined ? words.bareUnit.get(g.noun)! : ''),
      unitAt: end - (g.suffix ?? '').length - (g.twice ?? '').length - measureWord.length,
      twice: g.twice !== undefined,
      bare: g.noun !== undefined ? 'noun-after' : null,
      big: g.big !== undefined,
    });
  }
  const taken = readings.map((r): [number, number] => [r.at, r.end]);
  for (const m of text.matchAll(afterNoun)) {
    const g = m.groups!;
    const at = m.index + m[0].length - [g.prefix, g.arabic, g.infix1, g.mult, g.infix2, g.suffix].join('').length;
    if (inside(at, taken)) continue;
    const end = m.index + m[0].length;
    readings.push({
      at, end, prefix: g.prefix, arabic: g.arabic, han: undefined, mult: g.mult, infix: g.infix1 ?? g.infix2, suffix: g.suffix,
      unit: words.bareUnit.get(g.noun!)!, unitAt: end, twice: false, bare: 'noun-before', big: false,
    });
  }
  readings.sort((a, b) => a.at - b.at);

  const found: Quantity[] = [];
  for (const r of readings) {
    const prefixEndsWord = r.prefix !== undefined && WORD_ENDINGS[r.prefix]?.includes(text[r.at - 1] ?? '');
    const prefix = prefixEndsWord ? undefined : r.prefix;
    let start = prefixEndsWord ? r.at + r.prefix!.length : r.at;
    const numberStart = start + (prefix?.length ?? 0);
    const { end, unit } = r;
    const before = text.slice(Math.max(0, start - 1), start);
    const after = text[end] ?? '';

    // `第三`, and session numbers of meetings (`四届七次全会`, `十三届五次`), are ordinals.
    if (before === '第' || before === '届' || /[\d.]/.test(before)) continue;
    if (inside(numberStart, quoted) || inside(numberStart, phrases)) continue;
    if (after && words.wordContinuations[unit]?.includes(after) && !r.suffix) continue;
    if (words.timeUnits.includes(unit) && /\p{Script=Han}/u.test(after) && !'的以余多左内'.includes(after)) continue;
    if (!r.bare && figurative(text, start, r.unitAt, words)) continue;
    const listedAfter = words.listedUnits[unit];
    if (listedAfter && !listedAfter.some((w) => text.endsWith(w, start))) continue;

    let value: number | null;
    let vague = false;
    if (r.arabic !== undefined) {
      if (r.bare && !r.mult && !BARE_COUNT[r.bare].test(r.arabic)) continue;
      value = r.mult ? scaled(parseArabic(r.arabic), multiplierValue(r.mult)) : parseArabic(r.arabic);
    } else {
      value = parseHanNumeral(r.han!);
      // `数十场`, `上百名`: a vague word before the magnitude gives no exact value, whatever
      // the numeral after it reads.
      vague = !prefix && /^[十百千万亿]+$/u.test(r.han!) && vagueBefore(text, start, words);
      // A lone 一 is idiom far more often than a count; a numeral led by 百/千/万/亿 is
      // only a count with a qualifier (近万家, 百余名, 百人以上), else it is a word (万家灯火).
      if (value === null || r.han === '一' || r.bare) continue;
      if (!vague && /^[百千万亿]/u.test(r.han!) && !prefix && !r.infix && !r.suffix) continue;
    }
    if (r.big && value > 20) continue;
    if (vague) start -= 1;

    const damaged = text[start - 1] === DAMAGE_CLOSE;
    // A signed figure keeps its sign in its text, so that the page marks what was read.
    const negative = !damaged && !prefix && !vague && signedAt(text, start);
    const doubt: Doubt | null = negative ? 'negative' : vague ? 'vague' : isPlausibleFigure(value) ? null : 'too-large';
    const from = negative ? start - 1 : start;
    found.push({
      start: from,
      end,
      text: text.slice(from, end),
      value: damaged || doubt !== null ? null : value,
      unit: normalizeUnit(unit, r.twice),
      qualifier: vague ? 'approx' : qualifierOf({ prefix, infix: r.infix, suffix: r.suffix }),
      damaged,
      doubt,
    });
  }
  return found;
}
