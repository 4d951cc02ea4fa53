import { DAMAGE_CLOSE, DAMAGE_OPEN } from '../../contracts/damage.ts';

export interface SentencePiece {
  text: string;
  marked: boolean;
}

/**
 * A sentence cut around the fact texts it holds, each found after the previous one, so a
 * sentence quoted once shows every figure it gave to an indicator.
 */
export function sentencePieces(sentence: string, marks: string[]): SentencePiece[] {
  const pieces: SentencePiece[] = [];
  let at = 0;
  for (const mark of marks) {
    const found = sentence.indexOf(mark, at);
    if (found < 0) continue;
    if (found > at) pieces.push({ text: sentence.slice(at, found), marked: false });
    pieces.push({ text: mark, marked: true });
    at = found + mark.length;
  }
  if (at < sentence.length) pieces.push({ text: sentence.slice(at), marked: false });
  return pieces;
}

/** A sentence this short is quoted whole. */
const WHOLE_UP_TO = 60;

/** Where clauses end: after a comma or semicolon, either width, that is not inside a number (`1,000`). */
function clauseEnds(sentence: string): number[] {
  const ends: number[] = [];
  let fenced = false;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (c === DAMAGE_OPEN) fenced = true;
    else if (c === DAMAGE_CLOSE) fenced = false;
    // A damaged span is cut nowhere: its fences must stay together.
    else if (!fenced && /[，,；;]/.test(c) && !(/\d/.test(sentence[i - 1] ?? '') && /\d/.test(sentence[i + 1] ?? ''))) ends.push(i + 1);
  }
  return [...ends.filter((e) => e < sentence.length), sentence.length];
}

/**
 * The part of a long sentence a source list quotes: each clause holding a figure, with the
 * clause before it for what the figure is about (`其中…` leans on it), and `…` where clauses
 * are left out. A report's sentences run to a paragraph of clauses; the whole one is a link away.
 */
export function clauseExcerpt(sentence: string, marks: string[]): string {
  if (sentence.length <= WHOLE_UP_TO) return sentence;
  const ends = clauseEnds(sentence);
  const starts = [0, ...ends.slice(0, -1)];
  const clauseAt = (position: number) => ends.findIndex((end) => position < end);
  const kept = new Set<number>();
  let at = 0;
  for (const mark of marks) {
    const found = sentence.indexOf(mark, at);
    if (found < 0) continue;
    const [first, last] = [clauseAt(found), clauseAt(found + mark.length - 1)];
    for (let i = Math.max(0, first - 1); i <= last; i++) kept.add(i);
    at = found + mark.length;
  }
  if (kept.size === 0) return sentence;
  let out = '';
  for (let i = 0; i < ends.length; i++) {
    if (!kept.has(i)) {
      if (kept.has(i - 1) || i === 0) out = `${out.replace(/[，,；;]$/, '')}…`;
      continue;
    }
    out += sentence.slice(starts[i], ends[i]);
  }
  return out;
}
