import { unfence } from '../../src/contracts/damage.ts';
import { THEMES, type Theme } from '../../src/contracts/fact.ts';
import type { CleanReport } from '../ingest/clean.ts';
import { splitSentences } from './sentences.ts';
import { themeOf, themeWordsIn, type ThemeWords } from './theme.ts';

/** Characters that count as text: whitespace is layout, not writing. */
export function visibleLength(text: string): number {
  let length = 0;
  for (const c of unfence(text)) if (!/\s/u.test(c)) length++;
  return length;
}

/**
 * How many characters of a report's running text fall under each theme. Each sentence
 * takes the theme of its words and headings, as a fact in it would, so the text shares
 * and the fact shares of the overview measure emphasis the same way.
 */
export function themeCharacters(report: CleanReport, words: ThemeWords): Record<Theme, number> {
  const out = Object.fromEntries(THEMES.map((t) => [t, 0])) as Record<Theme, number>;
  let section: string | null = null;
  let subsection: string | null = null;
  for (const block of report.blocks) {
    if (block.kind === 'heading') {
      if (block.level === 2) [section, subsection] = [block.text, null];
      else subsection = block.text;
      continue;
    }
    // Counted once: every sentence of the paragraph weighs the same paragraph.
    const paragraph = themeWordsIn(unfence(block.text), words);
    const headings = [subsection, section].filter((h): h is string => h !== null);
    for (const sentence of splitSentences(block.text)) {
      const text = unfence(sentence.text);
      out[themeOf({ local: text, sentence: text, paragraph, headings }, words)] += visibleLength(text);
    }
  }
  return out;
}
