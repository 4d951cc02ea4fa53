/** Marks that end a sentence in the reports' prose, full-width and ASCII. */
const SENTENCE_END = /[。！？；!?;\n]/gu;
/** What may follow a sentence's end before the next one begins: closing quotes and brackets, spaces. */
const CLOSING = /^[\s”’」』）)】]*/u;

/**
 * Where the sentence holding a figure begins, as an offset into the text of its paragraph
 * before the figure (`before`): just after the last sentence end and what closes it, or 0.
 * A link to the figure scrolls there, so the reader sees what the number counts.
 */
export function sentenceStart(before: string): number {
  let end = 0;
  for (const m of before.matchAll(SENTENCE_END)) end = m.index + m[0].length;
  return end + CLOSING.exec(before.slice(end))![0].length;
}
