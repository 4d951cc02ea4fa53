import { describe, expect, it } from 'vitest';
import { referenceOf } from '../../scripts/facts/refers-to.ts';
import { stepAt } from '../helpers/figure-steps.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { taxonomy } from '../helpers/snippet-facts.ts';

describe.each(PUNCTUATION_FORMS)('referenceOf, %s', (_form, form) => {
  /** What the figure `figure` of `text` refers to: the word making it a part, the figure it refers to, and what governs it. */
  const refer = (text: string, figure: string) => {
    const { at, figures } = stepAt(form(text), figure);
    const { partWord, whole, governing } = referenceOf(at, figures, taxonomy.vocabulary);
    return { part: partWord?.word, whole: whole?.fact.text, governing };
  };

  it('makes a figure after 其中 a part of the nearest earlier figure of its sort', () => {
    expect(refer('全年发展会员4100名,新建工会12家,其中女职工1200名。', '1200名')).toEqual({ part: '其中', whole: '4100名', governing: '全年发展会员4100名,新建工会12家,其中女职工' });
  });

  it('reads what governs a figure from its last semicolon on', () => {
    expect(refer('全年发展会员4100名,其中女职工1200名;新建工会12家。', '12家')).toEqual({ part: undefined, whole: undefined, governing: '新建工会' });
  });

  it('ends a 其中 at a clause that starts a total of its own', () => {
    expect(refer('新发展会员500名,其中女职工200名,全镇会员累计达到9000名。', '9000名')).toMatchObject({ part: undefined, whole: undefined });
  });

  it("reads the figures after 分别为 right after a total's clause as its parts, and not one further on", () => {
    expect(refer('全年新建职工书屋40家,分别为省级职工书屋8家、市级职工书屋32家。', '32家')).toMatchObject({ part: '分别为', whole: '40家' });
    expect(refer('全年发展会员500名,开展培训,参训职工和家属分别为320名、150名。', '320名')).toMatchObject({ part: undefined, whole: undefined });
  });

  it('takes a selection from the last figure of its sort whose clause names a set', () => {
    expect(refer('申报项目1468条,新建站点3个,294项获奖。', '294项')).toEqual({ part: undefined, whole: '1468条', governing: '申报项目1468条,新建站点3个,' });
    expect(refer('新建站点3个,294项获奖。', '294项')).toMatchObject({ whole: undefined });
  });

  it('points a figure said again back to the last of its value and sort', () => {
    expect(refer('全年发展会员4100名、新建4100家,这4100人全部参加。', '4100人')).toEqual({ part: undefined, whole: '4100名', governing: '全年发展会员4100名、新建4100家,这' });
    expect(refer('全年发展会员12名、新建4100家,这4100人全部参加。', '4100人')).toMatchObject({ whole: undefined });
  });
});
