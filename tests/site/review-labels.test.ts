import { describe, expect, it } from 'vitest';
import type { FigureReview } from '../../src/contracts/review.ts';
import { factReviewLabel, reviewShort, UNCHECKED, valueReviewLabel } from '../../src/lib/format/review-labels.ts';

const value = (review: { status: 'confirmed' | 'corrected'; date: string; reasons: string[] } | null, machineValue: number | null = 854) => ({
  review, machineValue, unit: '家', qualifier: 'exact' as const,
});
const names = (id: string) => ({ 'contract-covered-firms': '集体合同覆盖企业' })[id] ?? id;
const fact = (review: FigureReview | null) => ({ review, qualifier: 'exact' as const });

describe('review labels say in words whether an editor checked a figure', () => {
  it('for a charted value', () => {
    expect(valueReviewLabel(value(null))).toBe(UNCHECKED);
    expect(valueReviewLabel(value({ status: 'confirmed', date: '2026-12-07', reasons: [] }))).toBe('已核对（2026年12月7日）');
    expect(valueReviewLabel(value({ status: 'corrected', date: '2026-12-07', reasons: ['同一批企业'] }))).toBe('编辑更正：同一批企业（机器读取：854家；2026年12月7日）');
    expect(valueReviewLabel(value({ status: 'corrected', date: '2026-12-07', reasons: [] }, null))).toContain('机器读取：未计入');
    const statuses = [null, 'confirmed', 'corrected'] as const;
    expect(statuses.map((status) => reviewShort(value(status === null ? null : { status, date: 'd', reasons: [] })))).toEqual(['未核对', '已核对', '编辑更正']);
  });

  it('for a figure card, naming the machine reading a correction replaced', () => {
    expect(factReviewLabel(fact(null), names)).toBe(UNCHECKED);
    const base = { reviewer: '编辑甲', date: '2026-12-07' };
    expect(factReviewLabel(fact({ ...base, decision: 'confirmed', reason: null, machine: null }), names)).toBe('已核对（2026年12月7日）');
    const corrected = { ...base, decision: 'corrected' as const, reason: '同一批企业', machine: { indicator: 'contract-covered-firms', value: 427, unit: '家', kind: 'flow' as const } };
    expect(factReviewLabel(fact(corrected), names)).toBe('编辑更正：同一批企业（机器读取：集体合同覆盖企业 427家；2026年12月7日）');
    const assigned = { ...base, decision: 'assigned' as const, reason: null, machine: { indicator: null, value: 3, unit: '家', kind: 'flow' as const } };
    expect(factReviewLabel(fact(assigned), names)).toBe('编辑归类（机器读取：未归类 3家；2026年12月7日）');
  });
});
