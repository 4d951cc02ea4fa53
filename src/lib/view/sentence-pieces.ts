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
