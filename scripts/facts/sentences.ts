import { foldPunctuation } from '../../src/contracts/punctuation.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// A sentence ends at 。!? (and any closing quotes right after); `;` only separates clauses.
const SENTENCE = /[^。!?]+(?:[。!?]+[”’」』)]*)?/gu;

/** Splits a paragraph into sentences, keeping offsets into the paragraph and its own characters. */
export function splitSentences(text: string): Sentence[] {
  return [...foldPunctuation(text).matchAll(SENTENCE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: text.slice(m.index, m.index + m[0].length),
  }));
}
