import { foldPunctuation } from '../../src/contracts/punctuation.ts';

// Columns are narrow: a page of them cut into lines gives many short lines of like length.
const COLUMN_LINE_MAX = 24;
const MIN_LINES = 9;
// How much better a line must read on into the line two or three below than into the next
// one before the columns are taken to be interleaved.
const INTERLEAVE_RATIO = 2;

const HAN = /\p{Script=Han}/u;

/**
 * Whether the lines are columns of a PDF page taken across rather than down (line 1 of
 * column a, line 1 of column b, …): then a line's last character and the first of the line
 * `k` below (k = 2 or 3) make pairs the text uses elsewhere far more often than a line and
 * the next one do. Pairs are counted within the lines themselves, so no word list is needed.
 */
export function interleavedColumns(lines: string[]): boolean {
  const texts = lines.map((l) => foldPunctuation(l).replace(/\s+/gu, ''));
  const wrapped = texts.filter((t) => t.length >= 6 && t.length <= COLUMN_LINE_MAX && !/[。!?;]$/u.test(t));
  if (wrapped.length < MIN_LINES || wrapped.length < texts.length * 0.6) return false;
  const pairs = new Map<string, number>();
  for (const t of texts) for (let i = 0; i + 1 < t.length; i++) if (HAN.test(t[i]!) && HAN.test(t[i + 1]!)) pairs.set(t.slice(i, i + 2), (pairs.get(t.slice(i, i + 2)) ?? 0) + 1);
  const joins = (stride: number) => {
    let known = 0;
    for (let i = 0; i + stride < texts.length; i++) {
      const pair = texts[i]!.slice(-1) + texts[i + stride]![0];
      if ((pairs.get(pair) ?? 0) > 0) known++;
    }
    return known;
  };
  const next = joins(1);
  return Math.max(joins(2), joins(3)) >= Math.max(3, next * INTERLEAVE_RATIO);
}
