/**
 * Private-use characters that fence a span the source damaged (mojibake). The ingest
 * sets them and they pass unchanged through OpenCC and the content files to the page.
 */
export const DAMAGE_OPEN = '\ue000';
export const DAMAGE_CLOSE = '\ue001';
const DAMAGED = new RegExp(`${DAMAGE_OPEN}([^${DAMAGE_CLOSE}]*)${DAMAGE_CLOSE}`, 'g');

/** Text with every fenced damaged span replaced by `replace(span)` (the span without its fences). */
export function replaceDamaged(text: string, replace: (span: string) => string): string {
  return text.replace(DAMAGED, (_whole, span: string) => replace(span));
}

/** Text with the fences removed and the damaged characters kept, as the source printed them. */
export function unfence(text: string): string {
  return replaceDamaged(text, (span) => span);
}

export interface TextPiece {
  text: string;
  damaged: boolean;
}

/** Splits text with fenced damaged spans into pieces a component can render. */
export function splitDamaged(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(DAMAGED)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), damaged: false });
    pieces.push({ text: match[1]!, damaged: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), damaged: false });
  return pieces;
}
