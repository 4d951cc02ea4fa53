import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { CleanReport } from '../ingest/clean.ts';
import { borrowNouns, lenderOf } from './borrowed-nouns.ts';
import type { ExtractedFact } from './extracted-fact.ts';
import { figureActions } from './figure-actions.ts';
import { figureFact } from './figure-fact.ts';
import { figureKind } from './figure-kind.ts';
import { NO_HEADINGS, nearestFirst, underHeading } from './headings.ts';
import { figureAt, readParagraph } from './paragraph.ts';
import { referenceOf } from './refers-to.ts';
import { addFigure, classesOf, type SentenceFigures } from './sentence-figures.ts';
import type { Taxonomy } from './taxonomy.ts';

/**
 * Every quantity in the body of a cleaned report as a fact (design.md §3), in document
 * order, with the evidence the indicator rules read; `indicator` is left null for them.
 * Every rule reads the folded punctuation; `text` and `sentence` keep the source's own.
 */
export function extractFacts(entry: CatalogEntry, report: CleanReport, taxonomy: Taxonomy): ExtractedFact[] {
  const { vocabulary } = taxonomy;
  const classes = classesOf(taxonomy);
  const last = report.blocks.findLastIndex((b) => b.kind === 'paragraph');
  const out: ExtractedFact[] = [];
  let headings = NO_HEADINGS;
  for (const [blockIndex, block] of report.blocks.entries()) {
    if (block.kind === 'heading') {
      headings = underHeading(headings, block);
      continue;
    }
    const paragraph = readParagraph(block.text, blockIndex === last, taxonomy);
    const above = nearestFirst(headings);
    let sentenceIndex = 0;
    let figures: SentenceFigures = new Map();
    for (const k of paragraph.quantities.keys()) {
      const at = figureAt(paragraph, k, above, classes);
      // Each sentence looks back to its own figures only.
      if (at.sentenceIndex !== sentenceIndex) [sentenceIndex, figures] = [at.sentenceIndex, new Map()];
      const reference = referenceOf(at, figures, vocabulary);
      const reading = figureKind(at, reference, vocabulary);
      borrowNouns(at.evidence, lenderOf(at, reference, figures, vocabulary));
      const extracted: ExtractedFact = {
        fact: figureFact(entry, out.length + 1, at, reading, taxonomy),
        position: { block: blockIndex, start: at.q.start, end: at.q.end },
        evidence: at.evidence,
        reading,
        actions: figureActions(at, reference, taxonomy),
        partOf: reference.whole?.fact.id ?? null,
      };
      out.push(extracted);
      addFigure(figures, extracted, classes, vocabulary.parts.set);
    }
  }
  return out;
}
