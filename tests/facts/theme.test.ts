import { describe, expect, it } from 'vitest';
import { taxonomy } from '../helpers/snippet-facts.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { themeOf, themeWordsIn } from '../../scripts/facts/theme.ts';

const theme = (local: string, sentence = local, headings: string[] = []) => themeOf({ local, sentence, paragraph: sentence, headings }, taxonomy.themes);

describe.each(PUNCTUATION_FORMS)('themeOf, %s', (_form, form) => {
  it('reads the theme from the clause holding the number', () => {
    expect(theme(form('累计追回欠薪44.9万元'))).toBe('rights');
    expect(theme(form('新建主题职工书屋3处'))).toBe('venues');
    expect(theme(form('全年新建工会组织104家'))).toBe('organization');
    expect(theme(form('组织基层工会48名财务人员进行专项培训'))).toBe('self');
    expect(theme(form('发放帮扶物资3.44万元'))).toBe('welfare');
    expect(theme(form('举办职业技能竞赛6场次'))).toBe('skills');
    expect(theme(form('开展党的二十大精神宣讲活动120余场(次)'))).toBe('ideology');
  });

  it('prefers the longer word: 文化宫 is a venue, not culture', () => {
    expect(theme(form('县工人文化宫年接待职工3000余人次'))).toBe('venues');
  });

  it('falls back on the sentence and headings, and says other when nothing fits', () => {
    expect(theme(form('覆盖职工1130人次'), form('开展劳动法律法规专项宣传,覆盖职工1130人次'))).toBe('rights');
    expect(theme(form('1300余名职工沿着湖畔一路前行'), form('1300余名职工沿着湖畔一路前行'), [form('思政领航+典型示范')])).toBe('ideology');
    expect(theme(form('返还8500多家小微企业'), form('返还8500多家小微企业'))).toBe('other');
  });
});

describe('themeWordsIn', () => {
  it('counts a paragraph once for all its sentences, deciding as the paragraph itself would', () => {
    const paragraph = '开展劳动法律法规专项宣传,追回欠薪。覆盖职工1130人次。';
    const counted = themeWordsIn(paragraph, taxonomy.themes);
    for (const local of ['覆盖职工1130人次', '新建职工书屋3处']) {
      const context = { local, sentence: local, headings: [] };
      expect(themeOf({ ...context, paragraph: counted }, taxonomy.themes)).toBe(themeOf({ ...context, paragraph }, taxonomy.themes));
    }
    expect(themeOf({ local: '覆盖职工1130人次', sentence: '覆盖职工1130人次', paragraph: counted, headings: [] }, taxonomy.themes)).toBe('rights');
  });
});
