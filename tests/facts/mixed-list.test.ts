import { describe, expect, it } from 'vitest';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { snippetFacts } from '../helpers/snippet-facts.ts';

describe.each(PUNCTUATION_FORMS)('a figure over a list of activities, %s', (_form, form) => {
  const indicators = (text: string) => snippetFacts(form(text)).facts.map((e) => [e.fact.text, e.fact.indicator]);

  it('is no indicator when the items are activities of different indicators and the head names none', () => {
    expect(indicators('全年开展主题宣讲、职工运动会、文艺演出等活动150场次。')).toEqual([['150场次', null]]);
  });

  it('is the indicator its items or its head name when they name one kind', () => {
    expect(indicators('全年开展职工运动会、文艺演出等活动150场次。')).toEqual([['150场次', 'cultural-sports-events']]);
    expect(indicators('全年开展党史宣讲、文艺演出等宣讲活动150场次。')).toEqual([['150场次', 'ideology-lectures']]);
  });
});
