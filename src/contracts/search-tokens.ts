/**
 * How text is written into the search index and how a query is asked of it, shared by the
 * pipeline that builds the index and the browser that searches it.
 *
 * Pagefind cuts Chinese into words with one segmenter when it indexes and another in the
 * browser, so a term can be cut differently on the two sides and missed, or found as
 * scattered pieces (Pagefind #1237). Here nothing is left to either segmenter: every letter
 * or digit becomes one token, each character spelled in Latin letters so no segmenter splits
 * it. A token is a hyphenated word, which Pagefind indexes whole and by its parts (of two
 * letters or more), all at the token's location:
 *
 *   `z-<it><next>-<it>-<n-e-x-t two>`  indexed as  `<it><next>`, `<it>` and `z<it><next><it><next two>`
 *
 * so a term of one or two characters is one word of the index, and a longer one the exact
 * phrase of the whole words of its triples. Every term is thus asked as words that exist
 * whole (Pagefind looks a prefix up only in the index chunk it falls in, and answers a word
 * nothing extends with a shorter word it begins with). A page matches exactly when it holds
 * the term whole, with punctuation and spacing inside the term allowed, as readers expect of
 * `两癌筛查` against `“两癌”筛查`. Triples for the longer terms because a query's commonest
 * pair (`职工` in `职工书屋`) would make it load the locations of nearly every page.
 *
 * The whole word begins with `z`, which no character's code does, so no part is a prefix of a
 * whole word: Pagefind marks its index chunks by shortened first and last words, and loads
 * every chunk whose last word is a prefix of a word asked, which would otherwise bring in the
 * chunks of the commonest characters and pairs with every longer term. The index language is
 * one without stemming (see SEARCH_LANGUAGE). What this assumes of Pagefind's indexing is
 * listed in scripts/search/pagefind-format.ts and checked by tests/search/pagefind-format.test.ts.
 */

/** Letters per character: 26⁴ covers every assigned letter and digit up to CJK Extension G. */
const CODE_LENGTH = 4;
const LIMIT = 26 ** CODE_LENGTH;
const A = 'a'.charCodeAt(0);
/** Stands for whitespace inside a token, whose own whitespace would split it. */
const SPACE = '\uE000';
/** Marks a character the text had in upper case (the index compares lower case). */
const UPPER = '\uE001';
/**
 * Stands for connector punctuation (`_`), which Pagefind keeps inside words: left as it is, it
 * would change the indexed word of the token it follows.
 */
const CONNECTOR = '\uE002';
/** Fills the characters after the end of a text (the code of U+0000, never a letter). */
const FILL = 'a'.repeat(CODE_LENGTH);
/** Begins every whole word (see above): the first letter of codes beyond any assigned letter or digit. */
const WHOLE = 'z';
/** A token's letters and hyphens before what follows its character: `z-<8>-<4>-l-l-l-l`. */
const TOKEN_LENGTH = 5 * CODE_LENGTH + 3;

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
    else if (out.length > 0) out.at(-1)!.after += /\s/u.test(c) ? SPACE : /\p{Pc}/u.test(c) ? CONNECTOR : c;
  }
  return out;
}

const codeAt = (chars: string[], at: number) => (at < chars.length ? code(chars[at]!) : FILL);
/** The whole word of the token at `at`: its character, the next, its character again, the one after the next. */
const whole = (chars: string[], at: number) => WHOLE + codeAt(chars, at) + codeAt(chars, at + 1) + codeAt(chars, at) + codeAt(chars, at + 2);

const reading = (u: { c: string; after: string }) =>
  (u.after.startsWith(UPPER) ? u.c.toUpperCase() : u.c) + u.after.replace(UPPER, '').replaceAll(SPACE, ' ').replaceAll(CONNECTOR, '_');

/**
 * A text as index tokens, one per letter or digit (see above). Its case and the punctuation
 * and spacing after it ride at the end of its token, behind a hyphen, where the index does not
 * look for them and tokenText reads them back, so one record's content serves both. The n-th
 * token is the n-th word Pagefind counts, so a match's location is the position of its first letter.
 */
export function searchTokens(text: string): string {
  const all = units(text);
  const chars = all.map((u) => u.c);
  return all
    .map((u, i) => {
      const pair = codeAt(chars, i) + codeAt(chars, i + 1);
      // Single letters are too short to be parts: the character after next is in the whole word only.
      return `${WHOLE}-${pair}-${codeAt(chars, i)}-${[...codeAt(chars, i + 2)].join('-')}${u.after ? `-${u.after}` : ''}`;
    })
    .join(' ');
}

/**
 * A text as readers see it, one piece per token: its letter or digit and what follows it
 * (NFKC, without what came before the first letter). Joined, the pieces are tokenText of the
 * text's tokens; piece n holds the letter at location n.
 */
export function readingUnits(text: string): string[] {
  return units(text).map(reading);
}

/** The text a record's tokens were made from (NFKC), without what came before its first letter. */
export function tokenText(tokens: string): string {
  let out = '';
  for (const token of tokens.split(' ')) {
    if (!/^z-[a-z]{8}-[a-z]{4}(-[a-z]){4}/.test(token)) continue;
    out += reading({ c: character(token.slice(2, 2 + CODE_LENGTH)), after: token.slice(TOKEN_LENGTH + 1) });
  }
  return out;
}

/** How one query term is asked of the index: words that each exist whole in it. */
export interface SearchPlan {
  /** Asked as it is: every page holding the words, ranked, with the locations of each. */
  ranked: string;
  /** The exact phrase of the words: the pages holding the term. */
  exact: string;
  /** Consecutive locations one occurrence of the term covers. */
  span: number;
}

/** How to ask for one query term; null for a term with no letter or digit. */
export function searchPlan(term: string): SearchPlan | null {
  const chars = units(term).map((u) => u.c);
  if (chars.length === 0) return null;
  // One or two characters: a part of the first one's token.
  const words = chars.length <= 2 ? [chars.map(code).join('')] : chars.slice(2).map((_, i) => whole(chars, i));
  return { ranked: words.join(' '), exact: `"${words.join(' ')}"`, span: words.length };
}
