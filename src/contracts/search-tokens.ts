/**
 * How text is written into the search index and how a query is asked of it, shared by the
 * pipeline that builds the index and the browser that searches it.
 *
 * Pagefind cuts Chinese into words with one segmenter when it indexes and another in the
 * browser, so a term can be cut differently on the two sides and missed, or found as
 * scattered pieces (Pagefind #1237). Here nothing is left to either segmenter: every letter
 * or digit becomes a token of itself and the character after it (an overlapping pair), each
 * character spelled in Latin letters so no segmenter splits it, and a term is asked for as
 * the exact phrase of its pairs. A page matches exactly when it holds the term whole, with
 * punctuation and spacing inside the term allowed, as readers expect of `两癌筛查` against
 * `“两癌”筛查`. The index language is one without stemming (see SEARCH_LANGUAGE).
 */

/** Letters per character: 26⁴ covers every assigned letter and digit up to CJK Extension G. */
const CODE_LENGTH = 4;
const LIMIT = 26 ** CODE_LENGTH;
const A = 'a'.charCodeAt(0);
/** Stands for whitespace inside a token, whose own whitespace would split it. */
const SPACE = '\uE000';
/** Marks a character the text had in upper case (the index compares lower case). */
const UPPER = '\uE001';

/** The index's language: no stemmer, no segmenter, so tokens are indexed as written. */
export const SEARCH_LANGUAGE = 'und';

const searchable = (c: string) => /[\p{L}\p{N}]/u.test(c) && c.codePointAt(0)! < LIMIT;

function code(c: string): string {
  let n = c.codePointAt(0)!;
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    out = String.fromCharCode(A + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

function character(letters: string): string {
  let n = 0;
  for (const l of letters) n = n * 26 + (l.charCodeAt(0) - A);
  return String.fromCodePoint(n);
}

/** A text's letters and digits as the index compares them (NFKC, lower case), each with the text after it. */
function units(text: string): Array<{ c: string; after: string }> {
  const out: Array<{ c: string; after: string }> = [];
  for (const c of text.normalize('NFKC')) {
    const lower = c.toLowerCase();
    if (searchable(lower)) out.push({ c: lower, after: lower === c ? '' : UPPER });
    // Text before the first letter is dropped: a token must begin with its letters.
    else if (out.length > 0) out.at(-1)!.after += /\s/u.test(c) ? SPACE : c;
  }
  return out;
}

/**
 * A text as index tokens: one per letter or digit, `<it><the next one><what follows it>`.
 * Its case and the punctuation and spacing after it ride in its token, where the index ignores
 * them and tokenText reads them back, so one record's content serves both.
 */
export function searchTokens(text: string): string {
  const all = units(text);
  return all.map((u, i) => `${code(u.c)}${i + 1 < all.length ? code(all[i + 1]!.c) : ''}${u.after}`).join(' ');
}

/** The text a record's tokens were made from (NFKC), without what came before its first letter. */
export function tokenText(tokens: string): string {
  let out = '';
  for (const token of tokens.split(' ')) {
    const letters = /^[a-z]*/.exec(token)![0];
    if (letters.length < CODE_LENGTH) continue;
    const c = character(letters.slice(0, CODE_LENGTH));
    const after = token.slice(letters.length);
    out += (after.startsWith(UPPER) ? c.toUpperCase() : c) + after.replace(UPPER, '').replaceAll(SPACE, ' ');
  }
  return out;
}

/**
 * One query term as Pagefind is asked it: the exact phrase of the term's pairs, or for a
 * single character every token that begins with it; null for a term with no letter or digit.
 */
export function searchQuery(term: string): string | null {
  const chars = units(term).map((u) => u.c);
  if (chars.length === 0) return null;
  if (chars.length === 1) return code(chars[0]!);
  return `"${chars.slice(1).map((c, i) => code(chars[i]!) + code(c)).join(' ')}"`;
}
