import { describe, expect, it } from 'vitest';
import { brokenWordRest } from '../../scripts/facts/cut-short.ts';
import { snippetFacts } from '../helpers/snippet-facts.ts';

const WORDS = ['劳动模范', '劳动模范和先进工作者', '职工书屋', '职工之家', '困难职工'];

describe('brokenWordRest: a copy cut short mid-word', () => {
  it('reads the word a broken-off ending began, as far as every such word agrees', () => {
    expect(brokenWordRest('12人被评为市级劳动模', WORDS)).toBe('范');
    expect(brokenWordRest('建成市级职工书', WORDS)).toBe('屋');
  });

  it('reads nothing where the words it could begin part ways, or too little is left', () => {
    expect(brokenWordRest('新建职工', WORDS)).toBe('');
    expect(brokenWordRest('新建职工之', WORDS)).toBe('家');
    expect(brokenWordRest('省级劳', ['劳动模范', '劳务派遣'])).toBe('');
    expect(brokenWordRest('表彰劳', WORDS)).toBe('');
  });

  it('leaves a text that ends on a closing mark, in either punctuation form', () => {
    expect(brokenWordRest('12人被评为市级劳动模。', WORDS)).toBe('');
    expect(brokenWordRest('省级劳动模;', WORDS)).toBe('');
    expect(brokenWordRest('省级劳动模）', WORDS)).toBe('');
    expect(brokenWordRest('', WORDS)).toBe('');
  });

  it('leaves a text that ends on a whole word, which lacks only its closing mark', () => {
    expect(brokenWordRest('表彰省级劳动模范', WORDS)).toBe('');
  });
});

describe('a report whose copy was cut short', () => {
  it('reads the last figure by the word its broken-off ending began', () => {
    const { facts } = snippetFacts('2025年，全县3人获评全国劳动模范，12人被评为省级劳动模');
    expect(facts.map((e) => [e.fact.text, e.fact.indicator ?? e.fact.candidate])).toEqual([
      ['3人', 'model-workers'],
      ['12人', 'model-workers'],
    ]);
    // The page keeps the text as the copy has it.
    expect(facts[1]!.fact.sentence.endsWith('劳动模')).toBe(true);
  });
});
