import { foldPunctuation } from '../../src/contracts/punctuation.ts';
import type { Block } from '../ingest/blocks.ts';

/** The headings a paragraph stands under: its section (level 2) and its numbered sub-head (level 3). */
export interface Headings {
  section: string | null;
  subsection: string | null;
}

export const NO_HEADINGS: Headings = { section: null, subsection: null };

/** The headings after `heading`: a section head starts a section without a sub-head; any other is the section's new sub-head. */
export function underHeading(headings: Headings, heading: Block): Headings {
  const text = foldPunctuation(heading.text);
  return heading.level === 2 ? { section: text, subsection: null } : { ...headings, subsection: text };
}

/** The headings as the rules read them, the nearest first. */
export function nearestFirst({ section, subsection }: Headings): string[] {
  return [subsection, section].filter((h): h is string => h !== null);
}
