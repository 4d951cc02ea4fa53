import { DAMAGE_CLOSE, DAMAGE_OPEN } from '../../src/contracts/damage.ts';
import { foldPunctuation } from '../../src/contracts/punctuation.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// A sentence ends at 。!? (and any closing quotes right after); `;` only separates clauses.
const SENTENCE = /[^。!?]+(?:[。!?]+[”’」』)]*)?/gu;

// A span the source damaged: a `?` there stands for a lost character, not the end of a question.
const DAMAGED_SPAN = new RegExp(`${DAMAGE_OPEN}[^${DAMAGE_CLOSE}]*${DAMAGE_CLOSE}`, 'gu');

/** Splits a paragraph into sentences, keeping offsets into the paragraph and its own characters. */
export function splitSentences(text: string): Sentence[] {
  const marks = foldPunctuation(text).replace(DAMAGED_SPAN, (span) => span.replace(/[。!?]/gu, '\ufffd'));
  return [...marks.matchAll(SENTENCE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: text.slice(m.index, m.index + m[0].length),
  }));
}
