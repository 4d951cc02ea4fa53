import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { changedCharacters, characterFiles, filesFor, needsConverting, normalizeQuery, passageAround } from '../../src/lib/search/search-query.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const traditional = changedCharacters(toSimplified);

describe('changedCharacters', () => {
  it('lists the traditional characters the converter changes, and no simplified ones', () => {
    for (const c of '會職書屋幫扶'.replace(/[屋扶]/g, '')) expect(traditional).toContain(c);
    for (const c of '会职书屋帮扶工') expect(traditional).not.toContain(c);
    expect(traditional.length).toBeGreaterThan(2000);
  });

  it('splits them into files a query fetches only for its own characters, together the whole list', () => {
    expect(characterFiles().map((f) => changedCharacters(toSimplified, f)).join('')).toBe(traditional);
    expect(filesFor('職工書屋')).toEqual([...new Set(['職', '工', '書', '屋'].map((c) => (c.codePointAt(0)! >> 8).toString(16)))]);
    expect(filesFor('12351 app')).toEqual([]);
    for (const c of '職書會') expect(changedCharacters(toSimplified, filesFor(c)[0])).toContain(c);
  });
});

describe('needsConverting', () => {
  it('asks for the converter only when a query has a traditional character', () => {
    expect(needsConverting('工會', traditional)).toBe(true);
    expect(needsConverting('職工書屋', traditional)).toBe(true);
    expect(needsConverting('工会 帮扶', traditional)).toBe(false);
    expect(needsConverting('12351', traditional)).toBe(false);
  });
});

describe('normalizeQuery', () => {
  it('turns pasted punctuation into spaces and collapses whitespace', () => {
    expect(normalizeQuery('  “两癌”筛查 ')).toBe('两癌 筛查');
    expect(normalizeQuery('职工书屋、驿站')).toBe('职工书屋 驿站');
    expect(normalizeQuery('ＡＢＣ　工会')).toBe('ABC 工会');
  });
});

describe('passageAround', () => {
  it('cuts the passage around the whole term, not around a piece of it', () => {
    const content = '绘就职工幸福新画卷，职工之家3处。依托职工书屋、职工之家等核心阵地，常态化开展读书分享。';
    expect(passageAround(content, '职工书屋', 4)).toEqual({ before: '…处。依托', match: '职工书屋', after: '、职工之…' });
  });

  it('finds a term broken by punctuation or quotes, as the index does', () => {
    expect(passageAround('开展“两癌”筛查186名', '两癌筛查')?.match).toBe('两癌”筛查');
  });

  it('gives none for a page without the term, and quotes regular-expression characters literally', () => {
    expect(passageAround('只有职工和书屋', '职工书屋')).toBeNull();
    expect(passageAround('a+b', 'a+b')?.match).toBe('a+b');
    expect(passageAround('a.b', 'a*b')?.match).toBe('a.b');
    expect(passageAround('aXb', 'a.b')).toBeNull();
    expect(passageAround('(1)', '(1)')?.match).toBe('1');
  });
});
