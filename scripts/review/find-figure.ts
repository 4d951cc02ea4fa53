import { foldPunctuation } from '../../src/contracts/punctuation.ts';
import type { FactPosition } from '../facts/fact.ts';

/** A figure of a report as the review stage sees it: its words and where they stand. */
export interface PlacedFigure {
  id: string;
  text: string;
  position: FactPosition;
}

export type Found = { id: string } | { problem: string };

function occurrences(text: string, part: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + 1)) at.push(i);
  return at;
}

/**
 * The figure a review names: the quote must occur once in the report's text (read with
 * folded punctuation, so `，` and `,` are one), and hold exactly one figure written as the
 * review's `figure`. Anything else is a problem to report, never a guess.
 */
export function findFigure(blocks: readonly string[], figures: readonly PlacedFigure[], figure: string, quote: string): Found {
  const q = foldPunctuation(quote);
  const places = blocks.flatMap((text, block) => occurrences(foldPunctuation(text), q).map((start) => ({ block, start, end: start + q.length })));
  if (places.length === 0) return { problem: `the quote «${quote}» is no longer in the report` };
  if (places.length > 1) return { problem: `the quote «${quote}» occurs ${places.length} times in the report; lengthen it` };
  const [place] = places;
  const inside = figures.filter(
    (f) => f.position.block === place!.block && f.position.start >= place!.start && f.position.end <= place!.end && foldPunctuation(f.text) === foldPunctuation(figure),
  );
  if (inside.length === 0) return { problem: `no figure ${figure} is read in «${quote}»` };
  if (inside.length > 1) return { problem: `${inside.length} figures ${figure} stand in «${quote}»; quote only one` };
  return { id: inside[0]!.id };
}
