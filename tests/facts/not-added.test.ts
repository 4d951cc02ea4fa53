import { describe, expect, it } from 'vitest';
import { coversIn, sumWords } from '../../scripts/facts/not-added.ts';
import { snippetFacts, snippetValues, taxonomy } from '../helpers/snippet-facts.ts';

const words = sumWords(taxonomy.vocabulary);

/** The covers of a snippet as `{ figure text: [covering figure text, rule name] }`. */
function coversOf(text: string): Record<string, [string, string]> {
  const { facts } = snippetFacts(text);
  const byId = new Map(facts.map((e) => [e.fact.id, e.fact.text]));
  return Object.fromEntries(
    [...coversIn(facts, words, '某县')].map(([id, c]) => [byId.get(id)!, [byId.get(c.by)!, c.reason.split(':')[0]!]]),
  );
}

describe('coversIn: a narrower set', () => {
  it('never adds the same noun with modifiers to the bare noun of its sentence', () => {
    const text = '全区共有机关及事业单位基层工会56个,基层工会1240个,会员8.6万人。';
    expect(coversOf(text)).toEqual({ '56个': ['1240个', 'narrower set'] });
    expect(snippetValues(text)['union-orgs']).toBe(1240);
  });

  it('adds another level of one honour, and a separate act on the same noun', () => {
    expect(coversOf('推荐全国工人先锋号12个,评选省级工人先锋号86个、工人先锋号140个。')).toEqual({});
    expect(coversOf('新建职工之家6家,成功申报星级职工之家2家。')).toEqual({});
  });
});

describe('coversIn: a named total', () => {
  it('never adds a figure to the total its sentence names', () => {
    const text = '全县工会会员总数达到5.2万人,女会员1.9万人。';
    expect(coversOf(text)).toEqual({ '1.9万人': ['5.2万人', 'named total'] });
    expect(snippetValues(text)['union-members']).toBe(52000);
  });

  it('reads a total named after its parts (合计) as the whole of them', () => {
    const text = '截止目前,全镇单独建会企业40家,机关工会2家,全镇合计建会组织58家。';
    expect(coversOf(text)).toEqual({ '2家': ['58家', 'named total'] });
    expect(snippetValues(text)['union-orgs']).toBe(58);
  });

  it('adds figures of one sentence when none is named a total', () => {
    expect(coversOf('全年发放助学金46万元、送温暖慰问金38万元。')).toEqual({});
  });
});

describe('coversIn: one place of the total', () => {
  it("never adds a place's share, given after the report's total, to it", () => {
    const text = '全县新建工会组织86家,城关镇新建工会组织30家,河口镇新建工会组织20家。';
    expect(coversOf(text)).toEqual({ '30家': ['86家', 'one place of the total'], '20家': ['86家', 'one place of the total'] });
    expect(snippetValues(text)['new-union-orgs']).toBe(86);
  });

  it('adds a place that names a level of what is counted, and the report naming itself', () => {
    expect(coversOf('培养选树县级劳动模范20名,城关镇劳动模范5名。')).toEqual({});
    expect(coversOf('某县新建工会组织86家,某县新建基层工会联合会12家。')).toEqual({});
  });
});
