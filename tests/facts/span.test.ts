import { describe, expect, it } from 'vitest';
import { spanYears } from '../../scripts/facts/span.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { snippetFacts, taxonomy } from '../helpers/snippet-facts.ts';

const spans = taxonomy.vocabulary.spans;

describe('spanYears', () => {
  it('reads the years a work ran for in the clause of a figure or the one before', () => {
    expect(spanYears('持续12年开展职工求学圆梦行动,帮助', spans)).toBe(12);
    expect(spanYears('连续八年举办', spans)).toBe(8);
  });

  it('reads nothing further back, nor without a number of years', () => {
    expect(spanYears('持续12年开展求学行动,成效显著,今年帮助', spans)).toBeNull();
    expect(spanYears('持续开展送温暖活动,慰问', spans)).toBeNull();
  });
});

describe.each(PUNCTUATION_FORMS)('a flow of a work longer than the period, %s', (_form, form) => {
  it("is not the period's figure; a work as long as the period is", () => {
    const five = (text: string) => snippetFacts(form(text), 5).values.map((v) => [v.indicator, v.value]);
    expect(five('持续12年开展金秋助学活动,资助困难职工子女3200人。')).toEqual([]);
    expect(five('连续5年开展金秋助学活动,资助困难职工子女3200人。')).toEqual([['needy-workers-helped', 3200]]);
  });
});
