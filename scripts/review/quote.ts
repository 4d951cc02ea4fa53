import { foldPunctuation } from '../../src/contracts/punctuation.ts';
import type { FactPosition } from '../facts/fact.ts';

// Words on each side of the figure to start with: enough for an editor to recognise the place.
const SIDE = 8;
// A sentence mark ends the quote: a longer quote would break when the sentences around change.
const STOP = /[。！？!?；;\n]/;

function count(blocks: readonly string[], part: string): number {
  let n = 0;
  for (const text of blocks) for (let i = text.indexOf(part); i !== -1 && n < 2; i = text.indexOf(part, i + 1)) n++;
  return n;
}

/**
 * A quote that finds the figure at `position` again: the figure with a few words on each
 * side, lengthened until it occurs once in the report, never across a sentence's end. Null
 * when even its whole sentence occurs twice (a paragraph copied twice); such a figure cannot
 * be reviewed by words.
 */
export function quoteFor(blocks: readonly string[], position: FactPosition): string | null {
  const text = blocks[position.block]!;
  const folded = blocks.map(foldPunctuation);
  let from = position.start;
  while (from > 0 && !STOP.test(text[from - 1]!) && position.start - from < SIDE) from--;
  let to = position.end;
  while (to < text.length && !STOP.test(text[to]!) && to - position.end < SIDE) to++;
  for (;;) {
    if (count(folded, foldPunctuation(text.slice(from, to))) === 1) return text.slice(from, to);
    const left = from > 0 && !STOP.test(text[from - 1]!);
    const right = to < text.length && !STOP.test(text[to]!);
    if (!left && !right) return null;
    if (left) from--;
    if (right) to++;
  }
}
