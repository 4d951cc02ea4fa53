import type { Vocabulary } from './taxonomy.ts';

/** Where a sentence dates the work its figures count from: the year, and the words that say so. */
export interface Dating {
  year: number;
  reason: string;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

// A year as reports date work by it: `2022年`, `2022年3月`, `2022年3月1日`.
const YEAR = String.raw`(\d{4})年(?:\d{1,2}月(?:\d{1,2}日)?)?`;

/**
 * The ways a sentence dates its work, each with the reason it prints: from a year
 * (`自2022年`, `从2022年`), since one (`2022年以来`, `2022年起`), or by a founding that the
 * figures then count the work of (`于2022年成立的调解站`, `调解站2022年成立,`). A founding
 * followed straight by what it founded (`2022年成立服务站3家`) counts the founding itself
 * and dates nothing.
 */
function cases(words: Vocabulary['since']): Array<{ pattern: RegExp; reason: (m: RegExpExecArray) => string }> {
  return [
    { pattern: new RegExp(`(?:${alternatives(words.from)})${YEAR}(?!的)`, 'gu'), reason: (m) => `${m[0]}: the work counts from that year` },
    { pattern: new RegExp(`${YEAR}(?:${alternatives(words.after)})`, 'gu'), reason: (m) => `${m[0]}: the work counts since that year` },
    {
      pattern: new RegExp(`${YEAR}(?:${alternatives(words.founded)})+(?=的|[,;:])`, 'gu'),
      reason: (m) => `${m[0]}: the figures count the work of what was founded that year`,
    },
  ];
}

/**
 * The year the words before a figure in its sentence date its work from, the nearest such
 * dating winning; null where they date nothing.
 */
export function datingOf(before: string, words: Vocabulary['since']): Dating | null {
  let nearest: { at: number; dating: Dating } | null = null;
  for (const { pattern, reason } of cases(words)) {
    for (const m of before.matchAll(pattern)) {
      if (!nearest || m.index >= nearest.at) nearest = { at: m.index, dating: { year: Number(m[1]), reason: reason(m) } };
    }
  }
  return nearest?.dating ?? null;
}

/**
 * The years of a report's period a dated figure covers (`2022年以来` in a 2019–2024 report: 3);
 * null where the dating falls outside the period or at its start, so the whole period counts.
 */
export function coveredYears(dating: Dating | null, period: { start: number; end: number }): number | null {
  if (!dating || dating.year <= period.start || dating.year > period.end) return null;
  return period.end - dating.year + 1;
}

/** The dating of a figure by the words of its sentence before it (evidence.ts's `sentence` window). */
export function sentenceDating(sentence: { text: string; at: number }, words: Vocabulary['since']): Dating | null {
  return datingOf(sentence.text.slice(0, sentence.at), words);
}
