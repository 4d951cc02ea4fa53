import { describe, expect, it } from 'vitest';
import { borrowNouns, lenderOf, nounless } from '../../scripts/facts/borrowed-nouns.ts';
import { referenceOf } from '../../scripts/facts/refers-to.ts';
import { stepAt } from '../helpers/figure-steps.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { taxonomy } from '../helpers/snippet-facts.ts';

const vocabulary = taxonomy.vocabulary;

describe.each(PUNCTUATION_FORMS)('borrowed nouns, %s', (_form, form) => {
  const step = (text: string, figure: string) => stepAt(form(text), figure);
  const lender = (text: string, figure: string) => {
    const { at, figures } = step(text, figure);
    return lenderOf(at, referenceOf(at, figures, vocabulary), figures, vocabulary)?.fact.text;
  };

  it('reads a figure whose words name only where, since when and of what kind as naming no noun', () => {
    expect(nounless(step('全年新建职工书屋20个,全区累计建成126个。', '126个').at.evidence, vocabulary)).toBe(true);
    expect(nounless(step('全年新建工会12家,总数达到186家。', '186家').at.evidence, vocabulary)).toBe(true);
    expect(nounless(step('全年新建职工书屋20个,建成职工之家15个。', '15个').at.evidence, vocabulary)).toBe(false);
    expect(nounless(step('全年新建20个职工书屋。', '20个').at.evidence, vocabulary)).toBe(false);
  });

  it("lends a nounless figure the nouns of the nearest earlier one of its sort, and a part its whole's", () => {
    expect(lender('全年新建职工书屋20个,全区累计建成126个。', '126个')).toBe('20个');
    expect(lender('全年新建职工书屋20个,建成职工之家15个。', '15个')).toBeUndefined();
    expect(lender('全年新建工会12家,培训职工800名,全区累计建成126家。', '126家')).toBe('12家');
    expect(lender('全年发展会员4100名,其中女职工1200名。', '1200名')).toBe('4100名');
  });

  it("adds the lender's own nouns after the figure's, marked borrowed, and never what the lender borrowed", () => {
    const text = '全年新建职工书屋20个,累计建成126个,共有60个。';
    const { at, figures } = step(text, '60个');
    const from = lenderOf(at, referenceOf(at, figures, vocabulary), figures, vocabulary)!;
    expect(from.fact.text).toBe('126个');
    expect(from.evidence.nouns.map((n) => n.borrowed)).toEqual([false, true]);
    borrowNouns(at.evidence, from);
    expect(at.evidence.nouns).toEqual([
      { before: '共有', after: '', borrowed: false },
      { before: '累计建成', after: '', borrowed: true },
    ]);
  });

  it('leaves the nouns alone without a lender', () => {
    const { at } = step('全年新建职工书屋20个。', '20个');
    borrowNouns(at.evidence, undefined);
    expect(at.evidence.nouns).toEqual([{ before: '全年新建职工书屋', after: '', borrowed: false }]);
  });
});
