import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import { extractFacts } from '../../scripts/facts/extract.ts';
import type { ExtractedFact } from '../../scripts/facts/extracted-fact.ts';
import { type FigureAt, figureAt, readParagraph } from '../../scripts/facts/paragraph.ts';
import { addFigure, classesOf, type SentenceFigures } from '../../scripts/facts/sentence-figures.ts';
import { cleanReport } from '../../scripts/ingest/clean.ts';
import { taxonomy } from './snippet-facts.ts';

export const entry: CatalogEntry = { id: 'snippet', file: 'snippet.txt', region: { id: 'snippet', name: '某县', level: 'county' }, period: { start: 2024, end: 2024, years: 1 } };
export const classes = classesOf(taxonomy);

/** One figure of a paragraph as an extraction step meets it: where it stands, and the figures of its sentence before it. */
export interface Step {
  at: FigureAt;
  figures: SentenceFigures;
  /** What extraction made of it. */
  extracted: ExtractedFact;
}

/**
 * Every figure of a one-paragraph snippet as the steps of extraction meet it, with the earlier
 * figures of its sentence filed as extraction files them.
 */
export function stepsOf(text: string): Step[] {
  const report = cleanReport(text, 'snippet.txt');
  const block = report.blocks.find((b) => b.kind === 'paragraph')!;
  const paragraph = readParagraph(block.text, true, taxonomy);
  const extracted = extractFacts(entry, report, taxonomy);
  const at = paragraph.quantities.map((_, k) => figureAt(paragraph, k, [], classes));
  return at.map((a, k) => {
    const figures: SentenceFigures = new Map();
    for (let j = 0; j < k; j++) if (at[j]!.sentenceIndex === a.sentenceIndex) addFigure(figures, extracted[j]!, classes, taxonomy.vocabulary.parts.set);
    return { at: a, figures, extracted: extracted[k]! };
  });
}

/** The step of the figure whose text is `figure` (`1200名`). */
export function stepAt(text: string, figure: string): Step {
  const step = stepsOf(text).find((s) => s.extracted.fact.text === figure);
  if (!step) throw new Error(`no figure ${figure} in ${text}`);
  return step;
}
