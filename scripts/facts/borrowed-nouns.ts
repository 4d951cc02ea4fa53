import type { Evidence } from './evidence.ts';
import type { ExtractedFact } from './extracted-fact.ts';
import { findWords } from './find-words.ts';
import { kindAndActionWords } from './kind.ts';
import type { FigureAt } from './paragraph.ts';
import type { Reference } from './refers-to.ts';
import { figureBefore, type SentenceFigures } from './sentence-figures.ts';
import type { Vocabulary } from './taxonomy.ts';

// Words that set where or since when a total counts, not what it counts.
const SCOPE = /全(?:省|市|县|区|镇|旗|乡|州|盟|国|街道)|园区|辖区|街道|\d{4}年的?|年底|年末|以来|[共已至底为]|[\s“”‘’"、等达到约近超逾多余计]/gu;

const markerWords = new WeakMap<Vocabulary, string[]>();

/** The words that say nothing of what a figure counts: of kind and action, and those that make it a part. */
function markersOf(vocabulary: Vocabulary): string[] {
  let markers = markerWords.get(vocabulary);
  if (!markers) {
    markers = [...kindAndActionWords(vocabulary), ...vocabulary.parts.part, ...vocabulary.sums.breakdown];
    markerWords.set(vocabulary, markers);
  }
  return markers;
}

/** Whether a figure's own words name no noun (`全区累计建成126个`, `总数达到186家`): it counts the previous one's. */
export function nounless(evidence: Evidence, vocabulary: Vocabulary): boolean {
  const markers = markersOf(vocabulary);
  const strip = (text: string) => {
    let rest = text;
    for (const hit of findWords(text, markers).reverse()) rest = rest.slice(0, hit.start) + rest.slice(hit.end);
    return rest.replace(SCOPE, '');
  };
  return !/\p{Script=Han}/u.test(strip(evidence.before)) && !/\p{Script=Han}/u.test(strip(evidence.after.split(/[、,]/u)[0]!));
}

/**
 * The figure whose nouns a figure borrows: a part's whole; for a figure whose own words name
 * no noun, the nearest earlier one of its sentence that counts the same sort of thing.
 */
export function lenderOf(at: FigureAt, reference: Reference, figures: SentenceFigures, vocabulary: Vocabulary): ExtractedFact | undefined {
  if (reference.partWord) return reference.whole;
  return nounless(at.evidence, vocabulary) ? figureBefore(figures, at.sameClass, at.q.start) : undefined;
}

/** Where to read the noun a figure counts after its own words: its lender's own nouns, marked borrowed. */
export function borrowNouns(evidence: Evidence, lender: ExtractedFact | undefined): void {
  if (lender) evidence.nouns.push(...lender.evidence.nouns.filter((n) => !n.borrowed).map((n) => ({ ...n, borrowed: true })));
}
