import type { Sentence } from './sentences.ts';

/** A stretch of text around a figure; `at` is the figure's offset in it. */
export interface Window {
  text: string;
  at: number;
}

/** The words around one figure that say what it counts, nearest first (all in the folded reading). */
export interface Evidence {
  /** From the clause start, or the previous figure of the clause, up to the figure. */
  before: string;
  /** From the end of the measure word to the clause end or the next figure. */
  after: string;
  /** The list item holding the figure: `before`, the figure, and `after` up to a `、`. */
  item: string;
  /** Whether `before` starts at the previous figure of the clause: the figure is an item of a list. */
  listItem: boolean;
  /** Whether `after` ends at the next figure of the clause, whose noun may stand right before it. */
  followed: boolean;
  /** Offsets, in `segment`, of the other figures there that count the same sort of thing. */
  siblings: number[];
  /**
   * Where to read the noun the figure counts: its own `before` and `after`, then, when it
   * names none (`全市累计建成1020个`) or is a part (`其中…`), those of the figure it refers to.
   */
  nouns: Array<{ before: string; after: string; borrowed: boolean }>;
  clause: Window;
  /** Between semicolons (or the sentence's ends). */
  segment: Window;
  sentence: Window;
  /** Up to a few sentences before, in the same paragraph. */
  earlier: string;
  /** The headings above, the nearest first. */
  headings: string[];
}

const CLAUSE_END = /[,;:。!?]/u;
/** Where a list item ends after its figure: the next item, or an ellipsis that closes the list (`会员208.88万人……一组组数据`). */
export const ITEM_END = /[、…]/u;
const SEGMENT_END = /[;。!?]/u;
// A window never reaches further than this on either side of its figure, so one endless
// sentence cannot make the rules read (or the data store) the whole of it for every figure.
export const REACH = 300;
const EARLIER_SENTENCES = 3;

/** The span around [start, end) bounded by `stop` characters, within [min, max) and REACH. */
function spanAround(text: string, start: number, end: number, stop: RegExp, min: number, max: number): [number, number] {
  let from = start;
  const floor = Math.max(min, start - REACH);
  while (from > floor && !stop.test(text[from - 1]!)) from--;
  let to = end;
  const ceiling = Math.min(max, end + REACH);
  while (to < ceiling && !stop.test(text[to]!)) to++;
  return [from, to];
}

function window(text: string, [from, to]: [number, number], at: number): Window {
  return { text: text.slice(from, to), at: at - from };
}

/**
 * The evidence for the figure at [start, end) of a paragraph's folded text; `previousEnd`
 * and `nextStart` are the neighbouring figures' offsets, so that a list's items keep apart
 * (`新建主题职工书屋3处、职工之家3处`).
 */
/**
 * The words before a figure that are its own list item's: after a figure of the same clause,
 * words before the last `、` still belong to the item before (`慰问困难职工253户、全国劳模8名`:
 * 困难职工 is not the 8's).
 */
export function itemBefore(before: string, listItem: boolean): string {
  return listItem ? before.slice(before.lastIndexOf('、') + 1) : before;
}

export function evidenceFor(
  text: string,
  sentences: Sentence[],
  sentenceIndex: number,
  figure: { start: number; end: number; previousEnd: number; nextStart: number },
  headings: string[],
  /** Starts of the figures in [from, to) that count the same sort of thing as this one. */
  siblingsIn: (from: number, to: number) => number[],
): Evidence {
  const sentence = sentences[sentenceIndex]!;
  const { start, end } = figure;
  const clause = spanAround(text, start, end, CLAUSE_END, sentence.start, sentence.end);
  const segment = spanAround(text, start, end, SEGMENT_END, sentence.start, sentence.end);
  const own = spanAround(text, start, end, /[。!?]/u, sentence.start, sentence.end);
  const earlier = sentences
    .slice(Math.max(0, sentenceIndex - EARLIER_SENTENCES), sentenceIndex)
    .map((s) => text.slice(Math.max(s.start, s.end - REACH), s.end))
    .join('');
  const before = text.slice(Math.max(clause[0], figure.previousEnd), start);
  const after = text.slice(end, Math.min(clause[1], figure.nextStart));
  const listItem = figure.previousEnd > clause[0];
  return {
    before,
    after,
    item: itemBefore(before, listItem) + text.slice(start, end) + after.split(ITEM_END)[0],
    listItem,
    followed: figure.nextStart < clause[1],
    siblings: siblingsIn(segment[0], segment[1]).map((at) => at - segment[0]),
    nouns: [{ before, after, borrowed: false }],
    clause: window(text, clause, start),
    segment: window(text, segment, start),
    sentence: window(text, own, start),
    earlier,
    headings,
  };
}
