import { describe, expect, it } from 'vitest';
import { figureKind } from '../../scripts/facts/figure-kind.ts';
import { referenceOf } from '../../scripts/facts/refers-to.ts';
import { stepAt } from '../helpers/figure-steps.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { taxonomy } from '../helpers/snippet-facts.ts';

describe.each(PUNCTUATION_FORMS)('figureKind, %s', (_form, form) => {
  const kind = (text: string, figure: string) => {
    const { at, figures } = stepAt(form(text), figure);
    return figureKind(at, referenceOf(at, figures, taxonomy.vocabulary), taxonomy.vocabulary);
  };

  it('reads a figure by the kind words before it', () => {
    expect(kind('全区已建立基层工会组织300个。', '300个')).toEqual({ kind: 'stock', marker: 'stock', yearly: false });
    expect(kind('新建工会10个,会员200名。', '200名')).toEqual({ kind: 'flow', marker: null, yearly: false });
  });

  it("gives a part that tells no kind its whole's, never that of a standing-total word before the whole", () => {
    expect(kind('园区现有企业3000家,全年新发展会员5200人,其中青年职工2100人。', '2100人')).toEqual({ kind: 'flow', marker: 'period', yearly: false });
    expect(kind('园区现有会员5200人,其中青年职工2100人。', '2100人')).toMatchObject({ kind: 'stock', marker: 'stock' });
  });

  it('reads a part by its own kind words after its 其中', () => {
    expect(kind('全年新建职工之家40个,其中已建成市级示范点12个。', '12个')).toMatchObject({ kind: 'stock', marker: 'stock' });
  });
});
