import { describe, expect, it } from 'vitest';
import { factSchema } from '../../src/contracts/fact.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { snippetFacts } from '../helpers/snippet-facts.ts';

const TITLE = '某县总工会工作报告\n';

describe.each(PUNCTUATION_FORMS)('extractFacts, %s', (_form, form) => {
  const facts = (text: string) => snippetFacts(form(`${TITLE}${text}`)).facts;

  it('points a figure said again back to the nearest earlier one of its value and sort, however far back in the sentence', () => {
    const list = Array.from({ length: 300 }, (_, i) => `表彰${i + 10}名`).join('、');
    const found = facts(`全年发展会员4100名、新建4100家、${list},这4100名会员全部参加。`);
    const again = found.at(-1)!;
    expect(again.fact.text).toBe('4100名');
    expect(again.partOf).toBe(found[0]!.fact.id);
  });

  it('points nowhere when no earlier figure of the sentence has that value and sort', () => {
    const found = facts('全年新建4100家,发展会员12名。这4100名会员全部参加。');
    expect(found.at(-1)!.partOf).toBeNull();
  });

  it('takes the whole of a part after 其中 and the set of a selection from its own sentence', () => {
    const found = facts('全年发展会员4100名,其中女职工1200名。申报项目1468条,新建站点3个,294项获奖。');
    expect(found.map((e) => [e.fact.text, e.partOf])).toEqual([
      ['4100名', null],
      ['1200名', found[0]!.fact.id],
      ['1468条', null],
      ['3个', null],
      ['294项', found[2]!.fact.id],
    ]);
  });

  it('reads the excellent results chosen from those collected as a selection from them', () => {
    const found = facts('全年征集职工合理化建议和创新成果1300项,评选市级优秀创新成果60项。');
    expect(found.map((e) => e.partOf)).toEqual([null, found[0]!.fact.id]);
    // With no collected set before it in the sentence, a count of excellent results stands alone.
    expect(facts('全年评选市级优秀创新成果60项。')[0]!.partOf).toBeNull();
  });

  it('reads the figures after 分别为 right after a total as its parts, with its kind and action', () => {
    const found = facts('全年新建职工书屋40家,分别为省级职工书屋8家、市级职工书屋32家。');
    expect(found.map((e) => [e.fact.text, e.partOf, e.fact.indicator])).toEqual([
      ['40家', null, 'workers-bookhouses-new'],
      ['8家', found[0]!.fact.id, 'workers-bookhouses-new'],
      ['32家', found[0]!.fact.id, 'workers-bookhouses-new'],
    ]);
  });

  it('leaves a 分别为 alone that does not follow a total of its own clause run', () => {
    const found = facts('新建职工书屋40家;开展读书活动,参加职工和家属分别为320人、150人。');
    expect(found.map((e) => e.partOf)).toEqual([null, null, null]);
  });

  it('reads the kind of a part after its 其中: a standing-total word before it is the whole\'s', () => {
    const found = facts('园区现有企业3000家,全年新发展会员5200人,其中青年职工2100人;会员总数达到9.1万人。');
    const part = found.find((e) => e.fact.text === '2100人')!;
    expect(part.fact.kind).toBe('flow');
    expect(part.fact.indicator).toBe('new-members');
  });

  it('marks a negative or overlarge figure uncertain with a reason the reader sees, and gives it no value', () => {
    const found = facts(`会员人数增加负五名,表彰劳模${'1234567890'.repeat(3)}名,发放资金零点五万元。`);
    expect(found.map((e) => [e.fact.text.slice(0, 4), e.fact.value, e.fact.uncertain])).toEqual([
      ['负五名', null, true],
      ['1234', null, true],
      ['零点五万', 5_000, false],
    ]);
    expect(found[0]!.fact.uncertainReason).toMatch(/负数.*负五名/u);
    expect(found[1]!.fact.uncertainReason).toMatch(/十万亿/u);
    for (const e of found) expect(factSchema.safeParse(e.fact).success).toBe(true);
  });

  it('marks a vague figure (数十场) uncertain with its reason, and gives it no value', () => {
    const [vague] = facts('工会年均举办数十场职工技能竞赛。');
    expect(vague!.fact).toMatchObject({ text: '数十场', value: null, unit: '场', qualifier: 'approx', uncertain: true });
    expect(vague!.fact.uncertainReason).toMatch(/数十场.*约数/u);
    expect(factSchema.safeParse(vague!.fact).success).toBe(true);
  });

  it('reads the figures of a PDF copy, spaced apart, and full-width digits, which keep their own characters', () => {
    const found = facts('全年新建工会 1 2 0 0 家,会员净增 26.7 万 人,培训职工１５０名。');
    expect(found.map((e) => [e.fact.text, e.fact.value, e.fact.unit])).toEqual([
      ['1200家', 1200, '家'],
      ['26.7万人', 267_000, '人'],
      ['１５０名', 150, '名'],
    ]);
  });
});
