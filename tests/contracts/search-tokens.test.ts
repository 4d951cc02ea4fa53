import { describe, expect, it } from 'vitest';
import { searchQuery, searchTokens, tokenText } from '../../src/contracts/search-tokens.ts';

/** Pagefind's view of a record: each token without what it does not index (punctuation, spacing). */
const indexed = (tokens: string) => tokens.split(' ').map((t) => /^[a-z]*/.exec(t)![0]);

/** Pagefind's exact-phrase match (consecutive words), or for one bare word a prefix match. */
function matches(text: string, term: string): boolean {
  const query = searchQuery(term);
  if (query === null) return false;
  const words = indexed(searchTokens(text));
  if (!query.startsWith('"')) return words.some((w) => w.startsWith(query));
  const phrase = query.slice(1, -1).split(' ');
  return words.some((_, at) => phrase.every((p, i) => words[at + i] === p));
}

/** What a reader means by "the page holds the term": its letters in a row, punctuation aside. */
const holds = (text: string, term: string) => {
  const key = (t: string) => t.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key(term).length > 0 && key(text).includes(key(term));
};

// Written for this test in the style of a work report.
const TEXT =
  '全年新建职工书屋12家，（其中）“职工之家”示范点3个；开展“两癌”筛查1,200余人次，为农民工追回欠薪44.9万元。2025年，APP线上入会 356人。';

describe('search tokens', () => {
  it.each([
    ['职工书屋', true],
    ['两癌筛查', true],
    ['“两癌”筛查', true],
    ['追回欠薪', true],
    ['欠薪', true],
    ['44.9万元', true],
    ['1200', true],
    ['app', true],
    ['APP线上', true],
    ['职', true],
    ['书屋职工', false],
    ['职工屋', false],
    ['工会', false],
    ['44.8', false],
    ['薪酬', false],
  ])('%s: found exactly when the text holds it whole (%s)', (term, expected) => {
    expect(holds(TEXT, term)).toBe(expected);
    expect(matches(TEXT, term)).toBe(expected);
  });

  it('needs the term in a row, not its parts apart', () => {
    expect(matches('开展“两癌”筛查356人', '两癌筛查')).toBe(true);
    expect(matches('职工(会员)的家园,温馨之家', '职工之家')).toBe(false);
    expect(matches('建成职工之家4处', '职工之家')).toBe(true);
  });

  it('never lets a term run across a gap the text does not have', () => {
    // 书 ends one record's text and 屋 begins nothing: no pair 书屋 exists.
    expect(matches('建成职工书', '职工书屋')).toBe(false);
    expect(matches('屋', '职工书屋')).toBe(false);
  });

  it('reads back the text it was made from, case, punctuation and spaces included', () => {
    expect(tokenText(searchTokens(TEXT))).toBe(TEXT.normalize('NFKC'));
    expect(tokenText(searchTokens('“职工书屋” 建设'))).toBe('职工书屋” 建设');
  });

  it('makes tokens a whitespace-splitting indexer keeps whole: letters first, no spaces inside', () => {
    const tokens = searchTokens('第一 节\t职工（书屋）\n___PAGEFIND_WEIGHT___0');
    for (const token of tokens.split(' ')) expect(token).toMatch(/^[a-z]{4,8}\S*$/);
  });

  it('asks nothing for a query with no letter or digit', () => {
    expect(searchQuery('“”、。')).toBeNull();
    expect(searchQuery('')).toBeNull();
  });

  it('spells full-width and upper-case forms as their plain lower-case ones', () => {
    expect(searchQuery('ＡＰＰ')).toBe(searchQuery('app'));
    expect(searchQuery('２０２５年')).toBe(searchQuery('2025年'));
  });
});
