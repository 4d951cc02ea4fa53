import { describe, expect, it } from 'vitest';
import { readingUnits, searchPlan, searchTokens, tokenText } from '../../src/contracts/search-tokens.ts';
import { TERM_QUERIES, TERM_TEXT as TEXT } from '../helpers/search-queries.ts';

/**
 * Pagefind's view of a record: at each token's location, the token's letters and digits as
 * one word, and its parts between ASCII punctuation of two characters or more (splitting.rs).
 */
const indexed = (tokens: string) =>
  tokens.split(' ').map((t) => {
    const parts = t.replace(/[!-/:-@[-`{-~]/g, ' ').split(/\s+/).filter((p) => p.length > 1);
    return new Set([t.replace(/[^\p{L}\p{N}]/gu, ''), ...parts]);
  });

/** Pagefind's exact phrase: each word whole, at consecutive locations. */
function matches(text: string, term: string): boolean {
  const plan = searchPlan(term);
  if (plan === null) return false;
  const words = indexed(searchTokens(text));
  const phrase = plan.exact.slice(1, -1).split(' ');
  expect(plan.ranked).toBe(phrase.join(' '));
  return words.some((_, at) => phrase.every((p, i) => words[at + i]?.has(p)));
}

/** What a reader means by "the page holds the term": its letters in a row, punctuation aside. */
const holds = (text: string, term: string) => {
  const key = (t: string) => t.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key(term).length > 0 && key(text).includes(key(term));
};

describe('search tokens', () => {
  it.each(TERM_QUERIES)('%s: found exactly when the text holds it whole (%s)', (term, expected) => {
    expect(holds(TEXT, term)).toBe(expected);
    expect(matches(TEXT, term)).toBe(expected);
  });

  it('needs the term in a row, not its parts apart', () => {
    expect(matches('开展“两癌”筛查356人', '两癌筛查')).toBe(true);
    expect(matches('职工(会员)的家园,温馨之家', '职工之家')).toBe(false);
    expect(matches('建成职工之家4处', '职工之家')).toBe(true);
  });

  it('never lets a term run across a gap the text does not have', () => {
    // 书 ends the text: nothing after it may stand in for 屋.
    expect(matches('建成职工书', '职工书屋')).toBe(false);
    expect(matches('建成职工书', '工书屋')).toBe(false);
    expect(matches('建成职工书', '书屋')).toBe(false);
    expect(matches('屋', '职工书屋')).toBe(false);
    expect(matches('书', '书屋')).toBe(false);
  });

  it('makes no part word a prefix of a whole word, so asking a long term never loads the chunks of its characters', () => {
    const words = indexed(searchTokens(TEXT));
    const whole = words.map((w) => [...w].find((x) => x.startsWith('z'))!);
    const parts = words.flatMap((w) => [...w].filter((x) => !x.startsWith('z')));
    expect(whole.every((w) => w.length === 17)).toBe(true);
    expect(parts.some((p) => whole.some((w) => w.startsWith(p)))).toBe(false);
  });

  it('locates a term at its first letter: the n-th token is the n-th letter or digit', () => {
    const tokens = searchTokens('一、建成“职工书屋”12家');
    const units = readingUnits('一、建成“职工书屋”12家');
    expect(units).toHaveLength(tokens.split(' ').length);
    expect(units[3]).toBe('职');
    expect(units.join('')).toBe(tokenText(tokens));
    const words = indexed(tokens);
    const plan = searchPlan('职工书屋')!;
    expect(words.findIndex((w) => w.has(plan.ranked.split(' ')[0]!))).toBe(3);
    expect(plan.span).toBe(2);
    for (const term of ['职', '职工', '职工书']) {
      expect(searchPlan(term)!.span).toBe(1);
      expect(words.findIndex((w) => w.has(searchPlan(term)!.ranked))).toBe(3);
    }
  });

  it('reads back the text it was made from, case, punctuation and spaces included', () => {
    expect(tokenText(searchTokens(TEXT))).toBe(TEXT.normalize('NFKC'));
    expect(tokenText(searchTokens('“职工书屋” 建设'))).toBe('职工书屋” 建设');
  });

  it('makes tokens a whitespace-splitting indexer keeps whole: letters first, no spaces inside', () => {
    const tokens = searchTokens('第一 节\t职工（书屋）\n___PAGEFIND_WEIGHT___0');
    for (const token of tokens.split(' ')) expect(token).toMatch(/^z-[a-z]{8}-[a-z]{4}(-[a-z]){4}(-[^\s_]+)?$/);
    expect(tokenText(searchTokens('职工_书屋'))).toBe('职工_书屋');
  });

  it('asks nothing for a query with no letter or digit', () => {
    expect(searchPlan('“”、。')).toBeNull();
    expect(searchPlan('')).toBeNull();
  });

  it('spells full-width and upper-case forms as their plain lower-case ones', () => {
    expect(searchPlan('ＡＰＰ')).toEqual(searchPlan('app'));
    expect(searchPlan('２０２５年')).toEqual(searchPlan('2025年'));
  });
});
