import type { Taxonomy } from './taxonomy.ts';

// Marks a finished text may end on; a copy that ends on anything else was cut short.
const ENDINGS = /[。！？!?；;…”’」』)）\]】.]$/u;
// A broken-off word shorter than this says too little to name the word it began.
const MIN_BROKEN = 2;

/**
 * The rest of a word the copy broke off: a page cut short (`…12人被评为市级劳动模`) ends on
 * the first characters of a word of the taxonomy, and the rules read the word it began
 * (`范`, so 劳动模范). Only for a text that ends without a closing mark, and only as far as
 * every word it could begin agrees; '' when nothing is broken off.
 */
export function brokenWordRest(text: string, words: readonly string[]): string {
  if (text === '' || ENDINGS.test(text)) return '';
  // A text that ends on a whole word lacks only its closing mark.
  if (words.some((w) => text.endsWith(w))) return '';
  for (let k = Math.min(text.length, Math.max(...words.map((w) => w.length)) - 1); k >= MIN_BROKEN; k--) {
    const tail = text.slice(-k);
    const rests = words.filter((w) => w.length > k && w.startsWith(tail)).map((w) => w.slice(k));
    if (rests.length === 0) continue;
    let shared = rests[0]!;
    for (const r of rests) while (!r.startsWith(shared)) shared = shared.slice(0, -1);
    return shared;
  }
  return '';
}

const vocabularies = new WeakMap<Taxonomy, string[]>();

/** The words whose broken-off beginnings a cut-short copy is read by: the indicators' nouns and activity words. */
export function completionWords(taxonomy: Taxonomy): string[] {
  let words = vocabularies.get(taxonomy);
  if (!words) {
    words = [...new Set(taxonomy.indicators.flatMap((i) => [...(i.match.counts ?? []), ...(i.match.about ?? [])]))];
    vocabularies.set(taxonomy, words);
  }
  return words;
}
