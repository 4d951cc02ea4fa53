import { foldPunctuation } from '../../src/contracts/punctuation.ts';

// Text taken out of a PDF or a scanned yearbook spaces what Chinese prints together: digits
// one by one (`2 0 2 3`, `2 6 . 7`), thousands (`1 200`), a number and its unit or
// multiplier (`26.7 万人`, `1200 家`, `26.7 万 人`), a word and the number after it
// (`全年培训 120 人次`). A space between two runs of several digits is a real gap (a year and
// a count, the groups of a telephone number), and so is one after a list number (`1. 200家`).
//
// Digits one by one: three or more, or a point among them; or two standing between words
// (`工会 1 2 家`), where two numbers side by side would have no reason to be.
const SPACED_DIGITS = /(?<![\d.])\d(?: \d)*(?: \. \d)(?: \d)*(?![\d.])|(?<![\d.])\d(?: \d){2,}(?![\d.])|(?<=\p{Script=Han} ?)\d \d(?= ?\p{Script=Han})/gu;
const THOUSANDS = /(?<=^|[^\d.,])(\d{1,3})((?: \d{3})+)(?=$|[^\d])/gu;
const NUMBER_UNIT = /(\d) +(?=[\p{Script=Han}%‰])/gu;
const MULTIPLIER_UNIT = /(?<=\d ?)([万亿]) +(?=\p{Script=Han})/gu;
const WORD_NUMBER = /([\p{Script=Han},;:()“”、]|(?<!\d)\.) +(?=\d)/gu;

/**
 * A line of Chinese text with the spaces inside its numbers and between a number and its
 * words taken out; a line without Chinese (a Latin name, a URL) is left as it is.
 * Folding keeps offsets, so the source's own characters are kept.
 */
export function rejoinNumbers(text: string): string {
  if (!/\p{Script=Han}/u.test(text) || !/\d/u.test(foldPunctuation(text))) return text;
  const folded = foldPunctuation(text);
  const drop = new Set<number>();
  const spacesIn = (from: number, span: string) => [...span].forEach((c, i) => c === ' ' && drop.add(from + i));
  for (const m of folded.matchAll(SPACED_DIGITS)) spacesIn(m.index, m[0]);
  for (const m of folded.matchAll(THOUSANDS)) if (/\p{Script=Han}/u.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 2))) spacesIn(m.index, m[0]);
  for (const m of folded.matchAll(NUMBER_UNIT)) spacesIn(m.index + 1, m[0].slice(1));
  for (const m of folded.matchAll(MULTIPLIER_UNIT)) spacesIn(m.index + 1, m[0].slice(1));
  for (const m of folded.matchAll(WORD_NUMBER)) spacesIn(m.index + 1, m[0].slice(1));
  return drop.size === 0 ? text : text.split('').filter((_c, i) => !drop.has(i)).join('');
}
