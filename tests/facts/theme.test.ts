import { describe, expect, it } from 'vitest';
import { themeOf } from '../../scripts/facts/theme.ts';

const theme = (local: string, sentence = local, headings: string[] = []) => themeOf({ local, sentence, paragraph: sentence, headings });

describe('themeOf', () => {
  it('reads the theme from the clause holding the number', () => {
    expect(theme('累计追回欠薪44.9万元')).toBe('rights');
    expect(theme('新建主题职工书屋3处')).toBe('venues');
    expect(theme('全年新建工会组织104家')).toBe('organization');
    expect(theme('组织基层工会48名财务人员进行专项培训')).toBe('self');
    expect(theme('发放帮扶物资3.44万元')).toBe('welfare');
    expect(theme('举办职业技能竞赛6场次')).toBe('skills');
    expect(theme('开展党的二十大精神宣讲活动120余场(次)')).toBe('ideology');
  });

  it('prefers the longer word: 文化宫 is a venue, not culture', () => {
    expect(theme('县工人文化宫年接待职工3000余人次')).toBe('venues');
  });

  it('falls back on the sentence and headings, and says other when nothing fits', () => {
    expect(theme('覆盖职工1130人次', '开展劳动法律法规专项宣传,覆盖职工1130人次')).toBe('rights');
    expect(theme('1300余名职工沿着湖畔一路前行', '1300余名职工沿着湖畔一路前行', ['思政领航+典型示范'])).toBe('ideology');
    expect(theme('返还8500多家小微企业', '返还8500多家小微企业')).toBe('other');
  });
});
