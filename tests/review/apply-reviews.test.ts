import { describe, expect, it } from 'vitest';
import type { ReviewEntry } from '../../src/contracts/review.ts';
import { applyReviews, type ReviewedReport } from '../../scripts/review/apply-reviews.ts';
import type { Fact } from '../../scripts/facts/fact.ts';
import type { PlacedReview } from '../../scripts/review/load-reviews.ts';

const TEXT = '全年签订工资专项集体合同427家，签订女职工专项集体合同427家，慰问困难职工80人。';

function fact(id: string, text: string, at: number, indicator: string | null, value: number, kind: Fact['kind'] = 'flow'): Fact & { at: number } {
  return {
    id, report: 'r', region: 'r', text, value, unit: text.replace(/\d+/, ''), qualifier: 'exact', kind, perYear: kind === 'flow' ? value : null, review: null,
    what: '', sentence: TEXT, section: null, theme: 'rights', indicator, candidate: null, candidateReason: null, uncertain: false, uncertainReason: null, url: `/reports/r/#${id}`, at,
  };
}
const FACTS = [
  fact('r-f001', '427家', TEXT.indexOf('427家'), 'collective-contracts-firms', 427),
  fact('r-f002', '427家', TEXT.lastIndexOf('427家'), 'collective-contracts-firms', 427),
  fact('r-f003', '80人', TEXT.indexOf('80人'), null, 80),
];
const REPORT: ReviewedReport = {
  id: 'r', years: 1, blocks: [TEXT],
  figures: FACTS.map((f) => ({ id: f.id, text: f.text, position: { block: 0, start: f.at, end: f.at + f.text.length } })),
};
const placed = (line: number, entry: Partial<ReviewEntry> & Pick<ReviewEntry, 'figure' | 'quote' | 'decision'>): PlacedReview => ({
  report: 'r', file: 'content/reviews/r.yaml', line, entry: { reviewer: '编辑甲', date: '2026-12-07', ...entry },
});
const INDICATORS = new Map([
  ['collective-contracts-firms', { kind: 'flow' as const, units: ['家', '个'] }],
  ['needy-workers-helped', { kind: 'stock' as const, units: ['人', '名'] }],
]);
const facts = FACTS.map(({ at: _, ...f }) => f);

describe('applyReviews', () => {
  it('leaves a confirmed figure as the machine read it, marked checked', () => {
    const out = applyReviews(facts, [REPORT], [placed(1, { figure: '427家', quote: '工资专项集体合同427家', decision: 'confirmed' })], INDICATORS);
    expect(out.facts[0]).toEqual({ ...facts[0], review: out.reviews.get('r-f001') });
    expect(out.reviews.get('r-f001')).toEqual({ decision: 'confirmed', reviewer: '编辑甲', date: '2026-12-07', reason: null, machine: null });
    expect(out.reviews.has('r-f002')).toBe(false);
  });

  it('leaves a corrected figure out of every indicator, keeping the machine reading and the reason', () => {
    const out = applyReviews(facts, [REPORT], [placed(4, { figure: '427家', quote: '女职工专项集体合同427家', decision: 'corrected', indicator: null, reason: '同一批企业' })], INDICATORS);
    expect(out.facts[1]!.indicator).toBeNull();
    expect(out.facts[0]!.indicator).toBe('collective-contracts-firms');
    expect(out.reviews.get('r-f002')).toMatchObject({ decision: 'corrected', reason: '同一批企业', machine: { indicator: 'collective-contracts-firms', value: 427 } });
  });

  it('changes a value and its per-year figure together', () => {
    const out = applyReviews(facts, [{ ...REPORT, years: 5 }], [placed(1, { figure: '80人', quote: '困难职工80人', decision: 'corrected', value: 85, reason: '原文笔误' })], INDICATORS);
    expect(out.facts[2]).toMatchObject({ value: 85, perYear: 17 });
  });

  it('spreads a corrected flow over the years its sentence dates it to, and drops them when it becomes a stock', () => {
    const dated = facts.map((f) => (f.id === 'r-f003' ? { ...f, years: 2 } : f));
    const out = applyReviews(dated, [{ ...REPORT, years: 5 }], [placed(1, { figure: '80人', quote: '困难职工80人', decision: 'corrected', value: 84, reason: '原文笔误' })], INDICATORS);
    expect(out.facts[2]).toMatchObject({ value: 84, years: 2, perYear: 42 });
    const stock = applyReviews(dated, [{ ...REPORT, years: 5 }], [placed(1, { figure: '80人', quote: '困难职工80人', decision: 'assigned', indicator: 'needy-workers-helped' })], INDICATORS);
    expect(stock.facts[2]).not.toHaveProperty('years');
  });

  it('puts an unclassified figure under the indicator an editor assigns', () => {
    const out = applyReviews(facts, [REPORT], [placed(1, { figure: '80人', quote: '困难职工80人', decision: 'assigned', indicator: 'needy-workers-helped' })], INDICATORS);
    expect(out.facts[2]).toMatchObject({ indicator: 'needy-workers-helped', kind: 'stock', perYear: null });
    expect(out.reviews.get('r-f003')!.machine).toMatchObject({ indicator: null });
  });

  it('refuses to put a figure under an indicator that does not count in its measure word', () => {
    const wrongUnit = placed(3, { figure: '427家', quote: '工资专项集体合同427家', decision: 'corrected', indicator: 'needy-workers-helped', reason: '试' });
    expect(() => applyReviews(facts, [REPORT], [wrongUnit], INDICATORS)).toThrow(/r\.yaml:3: 427家 counts in 家, which needy-workers-helped does not \(人、名\)/);
  });

  it('reports a review whose figure is gone and applies it nowhere', () => {
    const out = applyReviews(facts, [REPORT], [placed(9, { figure: '50人', quote: '慰问困难职工50人', decision: 'confirmed' })], INDICATORS);
    expect(out.warnings).toEqual([expect.stringMatching(/^content\/reviews\/r\.yaml:9: the quote «慰问困难职工50人» is no longer in the report; the review is applied to no figure$/)]);
    expect(out.facts).toEqual(facts);
    expect(out.reviews.size).toBe(0);
  });

  it('refuses two reviews of one figure, naming both lines', () => {
    const twice = [placed(1, { figure: '80人', quote: '困难职工80人', decision: 'confirmed' }), placed(7, { figure: '80人', quote: '慰问困难职工80人', decision: 'confirmed' })];
    expect(() => applyReviews(facts, [REPORT], twice, INDICATORS)).toThrow(/r\.yaml:7: 80人 was already reviewed at line 1/);
  });
});
