import { REACH } from './evidence.ts';
import type { ExtractedFact } from './extracted-fact.ts';
import { findWords, hasWord, type WordHit } from './find-words.ts';
import type { FigureAt } from './paragraph.ts';
import { figureBefore, figureOfValue, type SentenceFigures, setFigure } from './sentence-figures.ts';
import type { Vocabulary } from './taxonomy.ts';

const NEW_TOTAL = /累计|总数|共有|现有/u;
// `这4100名会员`, `上述3家`: a figure said again, pointing back to where it was first given.
const POINTING_BACK = /(?:这|该|上述|以上|此|前述)$/u;

/** What a figure refers to: the words that govern it, the word making it a part, and the earlier figure it refers to. */
export interface Reference {
  /** The stretch of sentence from the last semicolon up to the figure: what a 其中 governs. */
  governing: string;
  /** The word making the figure a part (其中, or a word opening a total's breakdown), if any. */
  partWord: WordHit | undefined;
  /**
   * The nearest earlier figure of its sentence that counts the same sort of thing and that
   * this one is a part of, a selection from (its clause names a set) or says again (of its value).
   */
  whole: ExtractedFact | undefined;
}

/** The stretch of sentence from the last semicolon up to `at`: what a 其中 governs. */
function segmentBefore(reading: string, sentenceStart: number, at: number): string {
  const head = reading.slice(Math.max(sentenceStart, at - REACH), at);
  return head.slice(head.lastIndexOf(';') + 1);
}

/**
 * A word that opens a total's breakdown (`…40家,分别为省级8家、市级32家`) makes the figures
 * after it parts, like 其中, when it follows that total's own clause: a 分别为 further on
 * gives the figures of something else (`参加职工和家属分别为320人、150人`).
 */
function breakdownCue(at: FigureAt, governing: string, figures: SentenceFigures, breakdown: readonly string[]): WordHit | undefined {
  const hit = findWords(governing, breakdown).at(-1);
  if (!hit) return undefined;
  const cueAt = at.q.start - governing.length + hit.start;
  const total = figureBefore(figures, at.sameClass, cueAt);
  return total && at.paragraph.reading.slice(total.position.end, cueAt).split(',').length <= 2 ? hit : undefined;
}

/**
 * A part after 其中, or a selection from a set, refers to the nearest earlier figure of its
 * sentence that counts the same sort of thing. A 其中 governs the clauses after it until one
 * starts a total of its own (`全镇…累计达到`).
 */
export function referenceOf(at: FigureAt, figures: SentenceFigures, vocabulary: Vocabulary): Reference {
  const { parts, sums } = vocabulary;
  const governing = segmentBefore(at.paragraph.reading, at.sentence.start, at.q.start);
  const partHit = findWords(governing, parts.part).at(-1);
  const partWord = partHit && !NEW_TOTAL.test(governing.slice(partHit.end)) ? partHit : breakdownCue(at, governing, figures, sums.breakdown);
  return { governing, partWord, whole: wholeOf(at, governing, partWord, figures, parts.selection) };
}

/** The earlier figure a part, a selection or a figure said again refers to; a whole comes before the 其中 that divides it. */
function wholeOf(at: FigureAt, governing: string, partWord: WordHit | undefined, figures: SentenceFigures, selection: readonly string[]) {
  if (partWord) return figureBefore(figures, at.sameClass, at.q.start - governing.length + partWord.start);
  if (hasWord(at.evidence.clause.text, selection)) return setFigure(figures, at.sameClass);
  if (POINTING_BACK.test(at.evidence.before)) return figureOfValue(figures, at.sameClass, at.q.value);
  return undefined;
}
