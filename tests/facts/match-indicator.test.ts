import { describe, expect, it } from 'vitest';
import { matchIndicator } from '../../scripts/facts/match-indicator.ts';
import type { Indicator } from '../../src/contracts/indicator.ts';

const taxonomy: Indicator[] = [
  { id: 'screening', zh: '两癌筛查', en: 'Screening', theme: 'welfare', kind: 'flow', units: ['人', '名'], match: { context: ['两癌'] } },
  { id: 'mutual-aid', zh: '医疗互助', en: 'Mutual aid', theme: 'welfare', kind: 'flow', units: ['人', '名'], match: { context: ['医疗互助', '参保'], not: ['报销'] } },
  { id: 'bookhouses', zh: '职工书屋', en: 'Reading rooms', theme: 'venues', kind: 'stock', units: ['处', '家', '个'], match: { what: ['书屋'] } },
];

describe('matchIndicator', () => {
  it('needs the unit, the what words and the context words', () => {
    expect(matchIndicator({ unit: '处', what: '新建主题职工书屋' }, ['新建主题职工书屋3处'], taxonomy)).toBe('bookhouses');
    expect(matchIndicator({ unit: '处', what: '职工之家' }, ['新建主题职工书屋3处、职工之家3处'], taxonomy)).toBeNull();
    expect(matchIndicator({ unit: '元', what: '两癌筛查资金' }, ['两癌筛查资金5万元'], taxonomy)).toBeNull();
  });

  it('lets the narrowest context decide: the clause before the sentence (奎屯)', () => {
    const sentence = '大力推广职工医疗互助保障政策,推动12家企业1855名职工参保,协调医疗机构为7家企业186名女职工提供免费“两癌”筛查';
    expect(matchIndicator({ unit: '名', what: '企业职工参保' }, ['推动12家企业1855名职工参保', sentence], taxonomy)).toBe('mutual-aid');
    expect(matchIndicator({ unit: '名', what: '女职工' }, ['协调医疗机构为7家企业186名女职工提供免费两癌筛查', sentence], taxonomy)).toBe('screening');
  });

  it('honours the words an indicator must not see', () => {
    expect(matchIndicator({ unit: '人', what: '报销人数' }, ['医疗互助累计报销人数14万人'], taxonomy)).toBeNull();
  });
});
