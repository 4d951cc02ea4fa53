import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import yaml from 'js-yaml';
import type { ReviewEntry } from '../../src/contracts/review.ts';
import type { ExtractedFact } from '../facts/extracted-fact.ts';
import { SENTENCE_END } from './quote.ts';

/** What the editor decided for one figure, before it is written as a review entry. */
export type Decision =
  | { action: 'confirm' }
  | { action: 'leave-out'; reason: string }
  | { action: 'assign'; indicator: string }
  | { action: 'correct'; indicator?: string | null; value?: number; reason: string };

/**
 * The figures an editor walks: those the site charts and those left unclassified for weak
 * evidence, in the order they stand in the report, less those already reviewed, so a walk
 * that was quit starts where it stopped.
 */
export function figuresToReview(extracted: readonly ExtractedFact[], reviewed: ReadonlySet<string>): ExtractedFact[] {
  return extracted
    .filter((e) => (e.fact.indicator !== null || e.fact.candidate !== null) && !reviewed.has(e.fact.id))
    .sort((a, b) => a.position.block - b.position.block || a.position.start - b.position.start);
}

/** The review entry a decision writes; `who` is the reviewer and the day. */
export function entryFor(figure: string, quote: string, decision: Decision, who: { reviewer: string; date: string }): ReviewEntry {
  const place = { figure, quote };
  switch (decision.action) {
    case 'confirm':
      return { ...place, decision: 'confirmed', ...who };
    case 'leave-out':
      return { ...place, decision: 'corrected', indicator: null, reason: decision.reason, ...who };
    case 'assign':
      return { ...place, decision: 'assigned', indicator: decision.indicator, ...who };
    case 'correct': {
      const { indicator, value, reason } = decision;
      return { ...place, decision: 'corrected', ...(indicator !== undefined && { indicator }), ...(value !== undefined && { value }), reason, ...who };
    }
  }
}

const HEADER = (report: string) =>
  `# Editors' reviews of ${report}: one entry per figure, found by its words (figure, quote).\n` +
  `# Written by \`npm run review -- ${report}\` or by hand; docs/reviews.md explains each field.\n`;

/** Adds one entry at the end of a report's review file, so quitting at any moment loses nothing written before. */
export function appendReview(file: string, report: string, entry: ReviewEntry): void {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, HEADER(report));
  }
  appendFileSync(file, yaml.dump([entry], { lineWidth: -1 }));
}


/** The figure's sentence with the figure bracketed: `…签订女职工专项集体合同【427家】…`. */
export function markedSentence(text: string, position: { start: number; end: number }): string {
  let from = position.start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = position.end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length) to++;
  return `${text.slice(from, position.start)}【${text.slice(position.start, position.end)}】${text.slice(position.end, to)}`;
}
