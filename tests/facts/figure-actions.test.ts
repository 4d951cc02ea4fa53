import { describe, expect, it } from 'vitest';
import { figureActions } from '../../scripts/facts/figure-actions.ts';
import { referenceOf } from '../../scripts/facts/refers-to.ts';
import { stepAt } from '../helpers/figure-steps.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { taxonomy } from '../helpers/snippet-facts.ts';

describe.each(PUNCTUATION_FORMS)('figureActions, %s', (_form, form) => {
  const actions = (text: string, figure: string) => {
    const { at, figures } = stepAt(form(text), figure);
    return [...figureActions(at, referenceOf(at, figures, taxonomy.vocabulary), taxonomy)];
  };

  it("reads the actions whose words stand in the figure's clause", () => {
    expect(actions('全年新建工会组织12个。', '12个')).toEqual(['new']);
    expect(actions('新建工会10个,会员200名。', '200名')).toEqual([]);
  });

  it('lets a verb of honour at the head of a list govern all its items', () => {
    expect(actions('表彰先进集体10个,先进个人20名。', '20名')).toEqual(['honour']);
  });

  it("gives a part its whole's actions", () => {
    expect(actions('全年新建工会组织40家,其中非公企业30家。', '30家')).toEqual(['new']);
    expect(actions('全年新建工会组织40家,非公企业30家。', '30家')).toEqual([]);
  });

  it('reads no action of a statement that ends right before an as-of date', () => {
    expect(actions('工会联合会1958年组建截至2024年底共有会员300名。', '300名')).toEqual([]);
    expect(actions('截至10月底新建工会组织12个。', '12个')).toEqual(['new']);
  });
});
