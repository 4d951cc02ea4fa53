import { describe, expect, it } from 'vitest';
import { inPurpose } from '../../scripts/facts/purpose.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { snippetFacts, taxonomy } from '../helpers/snippet-facts.ts';

const openers = taxonomy.vocabulary.purposes;

describe('inPurpose', () => {
  it('finds a word between an opener and the 等 that closes the purposes', () => {
    expect(inPurpose('围绕提升职工技能素质、服务乡村振兴等中心工作开展志愿服务惠及职工', '技能素质', openers)).toBe(true);
  });

  it('reads no purpose without an opener, or past a clause break', () => {
    expect(inPurpose('提升职工技能素质、服务乡村振兴等中心工作开展志愿服务惠及职工', '技能素质', openers)).toBe(false);
    expect(inPurpose('围绕中心工作,提升职工技能素质等', '技能素质', openers)).toBe(false);
  });
});

describe.each(PUNCTUATION_FORMS)('a figure whose activity word is a purpose, %s', (_form, form) => {
  it('is no indicator; one whose own words name the activity keeps it', () => {
    const indicators = (text: string) => snippetFacts(form(text)).facts.map((e) => [e.fact.text, e.fact.indicator]);
    expect(indicators('围绕提升职工技能素质、服务乡村振兴等中心工作开展志愿服务惠及职工1.2万人。')).toEqual([['1.2万人', null]]);
    expect(indicators('围绕提升职工技能素质、服务乡村振兴等中心工作开展技能培训,培训职工1.2万人。')).toEqual([['1.2万人', 'skills-training-persons']]);
  });
});
