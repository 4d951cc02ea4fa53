import { foldPunctuation } from '../../src/contracts/punctuation.ts';
import type { FactPosition } from '../facts/fact.ts';

// Words on each side of the figure to start with: enough for an editor to recognise the place.
const SIDE = 8;
/** Marks that end a sentence or clause: a quote never runs past one, nor does a shown sentence. */
export const SENTENCE_END = /[。！？!?；;\n]/;

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
  // The quote must hold the figure once: it stops short of the same figure written before or after it.
  const figure = text.slice(position.start, position.end);
  const before = text.lastIndexOf(figure, position.start - 1);
  const after = text.indexOf(figure, position.start + 1);
  const first = before === -1 ? 0 : before + 1;
  const last = after === -1 ? text.length : after + figure.length - 1;
  const open = (i: number) => i > first && !SENTENCE_END.test(text[i - 1]!);
  const more = (i: number) => i < last && !SENTENCE_END.test(text[i]!);
  let from = position.start;
  while (open(from) && position.start - from < SIDE) from--;
  let to = position.end;
  while (more(to) && to - position.end < SIDE) to++;
  for (;;) {
    if (count(folded, foldPunctuation(text.slice(from, to))) === 1) return text.slice(from, to);
    const left = open(from);
    const right = more(to);
    if (!left && !right) return null;
    if (left) from--;
    if (right) to++;
  }
}
