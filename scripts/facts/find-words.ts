export interface WordHit {
  word: string;
  start: number;
  end: number;
}

const patterns = new WeakMap<readonly string[], RegExp>();
// Callers often build a vocabulary afresh for each figure (an indicator's words and its
// `not` words together); compiling its pattern again each time costs more than the search.
const byWords = new Map<string, RegExp>();

function patternOf(words: readonly string[]): RegExp {
  let pattern = patterns.get(words);
  if (!pattern) {
    const key = JSON.stringify(words);
    pattern = byWords.get(key);
    if (!pattern) {
      const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      pattern = new RegExp(alternatives.join('|'), 'gu');
      byWords.set(key, pattern);
    }
    patterns.set(words, pattern);
  }
  return pattern;
}

/**
 * Where the words of a vocabulary stand in a text, left to right and never overlapping,
 * the longest word winning where several start at one place (`已建成` over `建成`).
 */
export function findWords(text: string, words: readonly string[]): WordHit[] {
  if (words.length === 0 || text === '') return [];
  return [...text.matchAll(patternOf(words))].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Whether any word of the vocabulary stands in the text. */
export function hasWord(text: string, words: readonly string[] | undefined): boolean {
  return words !== undefined && words.some((w) => text.includes(w));
}
