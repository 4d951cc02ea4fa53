import { describe, expect, it } from 'vitest';
import type { MachineValue } from '../../src/contracts/indicator.ts';
import type { FigureReview } from '../../src/contracts/review.ts';
import type { Fact } from '../../scripts/facts/fact.ts';
import { publishedValues } from '../../scripts/review/review-values.ts';

const row = (value: number, facts: string[]): MachineValue => ({
  indicator: 'collective-contracts-firms', report: 'r', region: 'r', value, perYear: null, unit: '家', unitClass: 'orgs',
  qualifier: 'exact', kind: 'stock', uncertain: false, facts,
});
const review = (decision: FigureReview['decision']): FigureReview => ({ decision, reviewer: '编辑甲', date: '2026-12-07', reason: decision === 'confirmed' ? null : '同一批企业', machine: null });
const fact = (id: string, r: FigureReview | null) => ({ id, review: r }) as Fact;

describe('publishedValues', () => {
  const machine = [row(854, ['r-f001', 'r-f002'])];

  it('is the machine reading alone until every figure it adds is confirmed', () => {
    const facts = [fact('r-f001', review('confirmed')), fact('r-f002', null)];
    expect(publishedValues(machine, machine, facts)[0]).toMatchObject({ value: 854, review: null, machineValue: 854 });
    const all = [fact('r-f001', review('confirmed')), fact('r-f002', review('confirmed'))];
    expect(publishedValues(machine, machine, all)[0]).toMatchObject({ review: { status: 'confirmed', date: '2026-12-07', reasons: [] }, machineValue: 854 });
  });

  it('is corrected when an editor took a figure away, and keeps what the machine summed', () => {
    const facts = [fact('r-f001', review('confirmed')), fact('r-f002', review('corrected'))];
    expect(publishedValues(machine, [row(427, ['r-f001'])], facts)[0]).toMatchObject({ value: 427, review: { status: 'corrected', reasons: ['同一批企业'] }, machineValue: 854 });
  });

  it('has no machine value for a figure an editor assigned where the rules gave none', () => {
    const facts = [fact('r-f009', review('assigned'))];
    expect(publishedValues([], [row(12, ['r-f009'])], facts)[0]).toMatchObject({ review: { status: 'corrected' }, machineValue: null });
  });
});
