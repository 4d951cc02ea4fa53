import { foldPunctuation } from '../../src/contracts/punctuation.ts';
import { brokenWordRest, completionWords } from './cut-short.ts';
import { type Evidence, evidenceFor } from './evidence.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import { countBefore } from './sorted-search.ts';
import type { Taxonomy } from './taxonomy.ts';

/** A paragraph as the rules read it. */
export interface Paragraph {
  /** As the source prints it: a fact's text and sentence are quoted from it. */
  text: string;
  /** Folded punctuation, which every rule reads; it runs on past `text` by the rest of a broken-off word. */
  reading: string;
  sentences: Sentence[];
  /** In document order. */
  quantities: Quantity[];
}

/**
 * A paragraph's reading, sentences and quantities. A copy cut short may end mid-word: the
 * rules read its `last` paragraph with the word it began (cut-short.ts).
 */
export function readParagraph(text: string, last: boolean, taxonomy: Taxonomy): Paragraph {
  const rest = last ? brokenWordRest(foldPunctuation(text), completionWords(taxonomy)) : '';
  const reading = foldPunctuation(text) + rest;
  return { text, reading, sentences: splitSentences(text + rest), quantities: findQuantities(reading) };
}

/** A figure where it stands in its paragraph, with the evidence every later step reads. */
export interface FigureAt {
  paragraph: Paragraph;
  /** Its index among the paragraph's quantities. */
  k: number;
  q: Quantity;
  sentenceIndex: number;
  sentence: Sentence;
  /** The headings above, the nearest first. */
  headings: string[];
  evidence: Evidence;
  /** The unit classes of its measure word: figures that share one count the same sort of thing. */
  sameClass: string[];
}

/**
 * The paragraph's `k`th quantity where it stands, under `headings` (nearest first), with its
 * evidence; `classes` are those of a measure word. Its siblings in the evidence are the other
 * figures nearby that count the same sort of thing.
 */
export function figureAt(paragraph: Paragraph, k: number, headings: string[], classes: (unit: string) => Set<string>): FigureAt {
  const { reading, sentences, quantities } = paragraph;
  const q = quantities[k]!;
  const own = classes(q.unit);
  const sameSortIn = (from: number, to: number) => {
    const starts: number[] = [];
    for (let i = countBefore(quantities, (o) => o.start < from); i < quantities.length && quantities[i]!.start < to; i++) {
      const o = quantities[i]!;
      if (o !== q && [...classes(o.unit)].some((c) => own.has(c))) starts.push(o.start);
    }
    return starts;
  };
  const sentenceIndex = countBefore(sentences, (s) => s.end <= q.start);
  const neighbours = { previousEnd: quantities[k - 1]?.end ?? 0, nextStart: quantities[k + 1]?.start ?? reading.length };
  const evidence = evidenceFor(reading, sentences, sentenceIndex, { start: q.start, end: q.end, ...neighbours }, headings, sameSortIn);
  return { paragraph, k, q, sentenceIndex, sentence: sentences[sentenceIndex]!, headings, evidence, sameClass: [...own] };
}
