import { THEMES, type Theme } from '../../src/contracts/fact.ts';

/** Words that mark each theme of union work (content/themes.yaml). */
export type ThemeWords = Record<Exclude<Theme, 'other'>, string[]>;

/** The theme words of a text, counted once (themeWordsIn): a paragraph weighs in for each of its sentences. */
export type ThemeCount = ReadonlyMap<Theme, number>;

export interface ThemeContext {
  /** The clause holding the quantity. */
  local: string;
  sentence: string;
  paragraph: string | ThemeCount;
  /** Headings above the quantity, the nearest first. */
  headings: string[];
}

const WEIGHTS = { local: 6, sentence: 2, paragraph: 0.5, nearestHeading: 2, otherHeadings: 1 };

const vocabularies = new WeakMap<ThemeWords, Array<{ theme: Theme; word: string }>>();

/** Every theme word with its theme, longest first. */
function vocabularyOf(words: ThemeWords): Array<{ theme: Theme; word: string }> {
  let vocabulary = vocabularies.get(words);
  if (!vocabulary) {
    vocabulary = (Object.entries(words) as Array<[Theme, string[]]>)
      .flatMap(([theme, list]) => list.map((word) => ({ theme, word })))
      .sort((a, b) => b.word.length - a.word.length);
    vocabularies.set(words, vocabulary);
  }
  return vocabulary;
}

/**
 * Theme words found in a text, longest first and never overlapping, so `文化宫` counts
 * for venues and not also as `文化`; each word weighs its length, longer being more specific.
 */
function hits(text: string, vocabulary: Array<{ theme: Theme; word: string }>): Map<Theme, number> {
  const taken = new Uint8Array(text.length);
  const score = new Map<Theme, number>();
  for (const { theme, word } of vocabulary) {
    let at = text.indexOf(word);
    let found = false;
    while (at !== -1) {
      if (!taken.subarray(at, at + word.length).some(Boolean)) {
        taken.fill(1, at, at + word.length);
        found = true;
      }
      at = text.indexOf(word, at + 1);
    }
    if (found) score.set(theme, (score.get(theme) ?? 0) + word.length);
  }
  return score;
}

/** The theme words found in a text, to pass as the paragraph of each of its sentences. */
export function themeWordsIn(text: string, words: ThemeWords): ThemeCount {
  return hits(text, vocabularyOf(words));
}

/** The theme whose words weigh most around a quantity: its own clause first, then its sentence and headings. */
export function themeOf(context: ThemeContext, words: ThemeWords): Theme {
  const vocabulary = vocabularyOf(words);
  const weighted: Array<[string | ThemeCount, number]> = [
    [context.local, WEIGHTS.local],
    [context.sentence, WEIGHTS.sentence],
    [context.paragraph, WEIGHTS.paragraph],
    [context.headings[0] ?? '', WEIGHTS.nearestHeading],
    ...context.headings.slice(1).map((h): [string, number] => [h, WEIGHTS.otherHeadings]),
  ];
  const total = new Map<Theme, number>();
  for (const [text, weight] of weighted) {
    const count = typeof text === 'string' ? hits(text, vocabulary) : text;
    for (const [theme, n] of count) total.set(theme, (total.get(theme) ?? 0) + weight * n);
  }
  let best: Theme = 'other';
  let bestScore = 0;
  for (const theme of THEMES) {
    const score = total.get(theme) ?? 0;
    if (score > bestScore) {
      best = theme;
      bestScore = score;
    }
  }
  return best;
}
