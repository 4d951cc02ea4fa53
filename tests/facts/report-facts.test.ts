import { describe, expect, it } from 'vitest';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { snippetFacts } from '../helpers/snippet-facts.ts';

describe.each(PUNCTUATION_FORMS)('reportFacts, %s', (_form, form) => {
  const indicators = (text: string) => snippetFacts(form(text)).facts.map((e) => [e.fact.text, e.fact.indicator]);

  it('gives a figure that names nothing right after a 、 the indicator of the figure before it, or none', () => {
    expect(indicators('五年来,评选全国和省级劳动模范36名、412名。')).toEqual([
      ['36名', 'model-workers'],
      ['412名', 'model-workers'],
    ]);
    // The honour of the next clause does not reach back into a list that counts something else.
    expect(indicators('授予全国和省级五一劳动奖章8个、95个,全国和省级工人先锋号20个、160个。').slice(0, 2)).toEqual(
      indicators('授予全国和省级五一劳动奖章8个、95个。'),
    );
  });

  it('gives an item that names only what sets it apart from an earlier one the indicator of that one', () => {
    expect(indicators('截至年底,全县已建公有制单位工会组织120家,联合工会8家,非公有制单位30家。')).toEqual([
      ['120家', 'union-orgs'],
      ['8家', 'union-orgs'],
      ['30家', 'union-orgs'],
    ]);
    // Without an earlier item holding those words, it stays unread.
    expect(indicators('截至年底,全县已建工会组织120家,非公有制单位30家。').at(-1)).toEqual(['30家', null]);
  });

  it('reads a figure after a 、 that names its own noun by its own words', () => {
    expect(indicators('新建职工书屋12家、职工之家9家。')).toEqual([
      ['12家', 'workers-bookhouses-new'],
      ['9家', 'workers-homes-new'],
    ]);
  });
});
