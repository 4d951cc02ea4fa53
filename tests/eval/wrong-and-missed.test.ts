import { describe, expect, it } from 'vitest';
import { compareIndicators, type GoldValue } from '../../scripts/eval/compare-indicators.ts';
import { around, wrongAndMissed } from '../../scripts/eval/wrong-and-missed.ts';
import type { Fact } from '../../scripts/facts/fact.ts';
import type { MachineValue } from '../../src/contracts/indicator.ts';

const gold = (indicator: string, value: number | null, sentence: string): GoldValue => ({
  report: 'r1', indicator, value, unit: '家', kind: 'flow', qualifier: 'exact', sentences: [sentence], note: '',
});
const ours = (indicator: string, value: number, facts: string[]): MachineValue => ({
  indicator, report: 'r1', region: 'r1', value, perYear: null, unit: '家', unitClass: 'organisations', qualifier: 'exact', kind: 'flow', uncertain: false, facts,
});
const fact = (id: string, text: string, what: string) => ({ id, text, what }) as Fact;

describe('around', () => {
  it('finds a value written with 万 and its unit before the same digits with another unit', () => {
    expect(around(5000, '册', ['覆盖职工5000余人次;印制5000册法律读本'], 4)).toBe('…次;印制5000册法律读本');
    expect(around(24000, '人次', ['组织竞赛覆盖职工2.4万人次,发放'], 2)).toBe('…职工2.4万人次,发…');
  });

  it('reads through the spaces a PDF copy puts between digits and 万', () => {
    expect(around(267000, '人', ['会员 26.7 万人'], 2)).toBe('…员 26.7万人');
  });
});

describe('wrongAndMissed', () => {
  it('lists a wrong value with the gold value and the facts it was built from, and a gold value not given, per report', () => {
    const g = [gold('contract-covered-firms', 427, '签订集体合同企业427家'), gold('new-union-orgs', 12, '新建工会12家')];
    const v = [ours('contract-covered-firms', 854, ['r1-f001', 'r1-f002'])];
    const facts = [fact('r1-f001', '427家', '签订工资集体协商企业'), fact('r1-f002', '427家', '女职工专项集体合同企业')];
    const lines = wrongAndMissed(compareIndicators(g, v, { organisations: { units: ['家'] } }, { complete: true }), facts);
    expect([...lines.keys()]).toEqual(['r1']);
    expect(lines.get('r1')).toEqual([
      'wrong   contract-covered-firms 854 家: another value (gold 427 家); from 427家 签订工资集体协商企业 + 427家 女职工专项集体合同企业',
      'missed  new-union-orgs 12 家: not given; «新建工会12家»',
    ]);
  });

  it('names the figures of a missed value that were read on evidence too weak to chart, and why', () => {
    const g = [gold('new-union-orgs', 12, '新建工会12家')];
    const weak = { id: 'r1-f003', report: 'r1', text: '12家', what: '', candidate: 'new-union-orgs', candidateReason: '只有前文提到“建会”' } as Fact;
    const lines = wrongAndMissed(compareIndicators(g, [], { organisations: { units: ['家'] } }, { complete: true }), [weak]);
    expect(lines.get('r1')).toEqual(['missed  new-union-orgs 12 家: weak evidence, not charted: 12家 (只有前文提到“建会”); «新建工会12家»']);
  });
});
