import { describe, expect, it } from 'vitest';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { snippetFacts } from '../helpers/snippet-facts.ts';

describe.each(PUNCTUATION_FORMS)('a figure over a list of activities, %s', (_form, form) => {
  const indicators = (text: string) => snippetFacts(form(text)).facts.map((e) => [e.fact.text, e.fact.indicator]);

  it('is no indicator when the items are activities of different indicators and the head names none', () => {
    expect(indicators('开展宣传教育、劳模进企业、慰问演出等活动150场次。')).toEqual([['150场次', null]]);
  });

  it('makes the count of people reached by the mix no indicator either, unless its own clause names the activity', () => {
    const reached = indicators('开展宣传教育、劳模进企业、慰问演出等活动150场次,组织健身活动30场,覆盖职工3万人次。');
    expect(reached).toEqual([
      ['150场次', null],
      ['30场', 'cultural-sports-events'],
      ['3万人次', null],
    ]);
    expect(indicators('开展宣传教育、劳模进企业、慰问演出等活动150场次,文艺演出观众3万人次。').at(-1)).toEqual(['3万人次', 'cultural-sports-participants']);
  });

  it('is the indicator its items or its head name when they name one kind', () => {
    expect(indicators('全年开展职工运动会、文艺演出等活动150场次。')).toEqual([['150场次', 'cultural-sports-events']]);
    expect(indicators('开展宣传教育、劳模进企业、慰问演出等宣传教育活动150场次。')).toEqual([['150场次', 'ideology-lectures']]);
  });
});
