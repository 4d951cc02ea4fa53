import { describe, expect, it } from 'vitest';
import { coveredYears, datingOf } from '../../scripts/facts/since.ts';
import { snippetFacts, taxonomy } from '../helpers/snippet-facts.ts';

const words = taxonomy.vocabulary.since;
const year = (before: string) => datingOf(before, words)?.year ?? null;

describe('datingOf', () => {
  // Written for the project: each way a sentence dates its work, and words that only look like it.
  const CASES: Array<[string, number | null]> = [
    ['2022年以来,全县各级工会', 2022],
    ['自2021年3月起,', 2021],
    ['从2023年开始,', 2023],
    ['自2022年开展“送清凉”活动以来,', 2022],
    ['于2022年成立的劳动争议调解中心', 2022],
    ['调解中心2021年10月挂牌成立,', 2021],
    ['2022年成立服务站', null],
    ['截至2023年底,', null],
    ['从2022年的', null],
    ['全年', null],
  ];
  it.each(CASES)('dates %s from %s', (before, expected) => {
    expect(year(before)).toBe(expected);
  });

  it('takes the dating nearest the figure, and says why', () => {
    const dating = datingOf('2019年以来,特别是2022年以来,', words);
    expect(dating?.year).toBe(2022);
    expect(dating?.reason).toContain('2022年以来');
  });
});

describe('coveredYears', () => {
  const period = { start: 2019, end: 2024 };
  it('counts the years from the dating to the period\'s end, none outside the period or at its start', () => {
    expect(coveredYears({ year: 2022, reason: '' }, period)).toBe(3);
    expect(coveredYears({ year: 2024, reason: '' }, period)).toBe(1);
    expect(coveredYears({ year: 2019, reason: '' }, period)).toBeNull();
    expect(coveredYears({ year: 2017, reason: '' }, period)).toBeNull();
    expect(coveredYears({ year: 2025, reason: '' }, period)).toBeNull();
    expect(coveredYears(null, period)).toBeNull();
  });
});

describe('a dated flow through the pipeline', () => {
  it('spreads a flow its sentence dates over the years since, and an undated one over the period', () => {
    const { facts, values } = snippetFacts('于2022年成立的劳动争议调解中心,共调解劳动争议案件120件。全县追回欠薪50万元。', 6);
    const disputes = facts.find((f) => f.fact.unit === '件')!.fact;
    expect([disputes.years, disputes.perYear]).toEqual([3, 40]);
    const arrears = facts.find((f) => f.fact.unit === '元')!.fact;
    expect(arrears.years).toBeUndefined();
    expect(arrears.perYear).toBeCloseTo(500000 / 6);
    const value = values.find((v) => v.facts.includes(disputes.id));
    expect(value).toMatchObject({ years: 3, perYear: 40 });
  });
});
