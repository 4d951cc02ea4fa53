import { describe, expect, it } from 'vitest';
import { isPerYear, kindOf } from '../../scripts/facts/kind.ts';
import { findQuantities } from '../../scripts/facts/quantities.ts';

function kinds(sentence: string): string[] {
  let previous: ReturnType<typeof kindOf> | null = null;
  return findQuantities(sentence).map((q) => (previous = kindOf(q, sentence, q.start, previous)));
}

describe('kindOf', () => {
  it('reads flows: done in the period (奎屯)', () => {
    expect(kinds('全年新建工会组织104家,新增会员1162人,其中新业态会员426人。')).toEqual(['flow', 'flow', 'flow']);
  });

  it('reads stocks: standing totals (新疆)', () => {
    expect(kinds('全区已建立基层工会组织3.9万个,覆盖单位10.3万个,工会会员435万余人。')).toEqual(['stock', 'stock', 'stock']);
    expect(kinds('劳动法律监督员队伍扩充至204人')).toEqual(['stock']);
  });

  it('reads rates and per-unit amounts', () => {
    expect(kinds('民主管理建制率98%')).toEqual(['rate']);
    expect(kinds('为94名快递员、货车司机提供了每人500元的免费体检套餐')).toEqual(['flow', 'per-unit']);
    expect(kinds('每月向市总工会职工频道供稿10篇以上')).toEqual(['per-unit']);
  });

  it('reads 每年 as per-year for every clause it governs (新疆)', () => {
    const sentence = '每年组织开展200多个工种3700余项竞赛,吸引兵地2.4万家单位、200万名职工参与岗位练兵';
    expect(kinds(sentence)).toEqual(['per-unit', 'per-unit', 'per-unit', 'per-unit']);
    expect(isPerYear(sentence, sentence.indexOf('2.4'))).toBe(true);
    expect(isPerYear('为94名快递员提供了每人500元', 14)).toBe(false);
  });
});
