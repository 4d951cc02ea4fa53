import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../../src/contracts/indicator.ts';
import type { ReportFrontmatter } from '../../src/contracts/report.ts';
import { answerCards, answerFile, indicatorsAsked } from '../../src/lib/search/answer-cards.ts';

const VOCABULARY: Array<[string, string]> = [
  ['wage-arrears-recovered', '追回欠薪'],
  ['wage-arrears-workers', '追回欠薪涉及职工'],
  ['workers-bookhouses', '职工书屋'],
];

describe('indicatorsAsked', () => {
  it('finds the indicators whose name holds a term, or is held by one', () => {
    expect(indicatorsAsked(['欠薪'], VOCABULARY)).toEqual(['wage-arrears-recovered', 'wage-arrears-workers']);
    expect(indicatorsAsked(['全年追回欠薪'], VOCABULARY)).toEqual(['wage-arrears-recovered']);
    expect(indicatorsAsked(['“职工书屋”'], VOCABULARY)).toEqual(['workers-bookhouses']);
  });

  it('answers nothing for one character or an unrelated term', () => {
    expect(indicatorsAsked(['欠'], VOCABULARY)).toEqual([]);
    expect(indicatorsAsked(['疗休养'], VOCABULARY)).toEqual([]);
  });
});

describe('answerCards', () => {
  const report = (id: string, region: string, start: number, end: number) =>
    ({ id, region: { name: region }, period: { start, end, years: end - start + (start === end ? 1 : 0) } }) as unknown as ReportFrontmatter;
  const value = (report: string, v: number, qualifier: IndicatorValue['qualifier'] = 'exact', facts = [`${report}-f007`]): IndicatorValue => ({
    indicator: 'wage-arrears-recovered',
    report,
    region: report,
    value: v,
    perYear: null,
    unit: '万元',
    unitClass: 'money',
    qualifier,
    kind: 'flow',
    uncertain: false,
    facts,
    review: null,
    machineValue: v,
  });

  it('gives every report with a figure, stated as the report states it (a sum says it is one), linked to its first fact', () => {
    const file = answerFile({ id: 'wage-arrears-recovered', zh: '追回欠薪' }, [value('k-2025', 44.9, 'exact', ['k-2025-f007', 'k-2025-f009']), value('c-2024', 30, 'approx-more')], [report('k-2025', '奎屯-独山子经济技术开发区', 2025, 2025), report('c-2024', '西宁市城中区', 2019, 2024)]);
    // The file names the indicator once; each card the search page shows names it again.
    expect(file.indicator).toBe('追回欠薪');
    expect(file.cards.every((card) => !('indicator' in card))).toBe(true);
    expect(answerCards(file)).toEqual([
      { region: '奎屯-独山子经济技术开发区', report: '奎屯-独山子 2025年', indicator: '追回欠薪', value: '44.9万元（合计，2个数字相加）', review: '未核对', path: '/reports/k-2025/#k-2025-f007' },
      { region: '西宁市城中区', report: '城中区 2019–2024年（5年）', indicator: '追回欠薪', value: '30余万元', review: '未核对', path: '/reports/c-2024/#c-2024-f007' },
    ]);
  });
});
