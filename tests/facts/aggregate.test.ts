import { describe, expect, it } from 'vitest';
import { breakdowns, countedFacts, indicatorValues, sameThing } from '../../scripts/facts/aggregate.ts';
import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { Fact } from '../../src/contracts/fact.ts';
import type { Indicator } from '../../src/contracts/indicator.ts';

const report: CatalogEntry = {
  id: 'x-2019-2023',
  file: 'x.txt',
  region: { id: 'x', name: '某区', level: 'district' },
  period: { start: 2019, end: 2023, years: 5 },
};
const indicator: Indicator = {
  id: 'contracts',
  zh: '集体合同',
  en: 'Contracts',
  theme: 'rights',
  kind: 'flow',
  unitClass: 'documents',
  unit: '份',
  units: ['份'],
  family: 'contracts',
  twinOf: null,
  match: { about: ['合同'], either: false, action: null },
};

let n = 0;
function fact(value: number | null, rest: Partial<Fact> = {}): Fact {
  n++;
  const id = `x-2019-2023-f${String(n).padStart(3, '0')}`;
  return {
    id, report: report.id, region: 'x', text: `${value}份`, value, unit: '份', qualifier: 'exact', kind: 'flow',
    perYear: value === null ? null : value / 5, what: `签订集体合同${n}`, sentence: `第${n}句。`, section: null, theme: 'rights',
    indicator: 'contracts', candidate: null, candidateReason: null, uncertain: value === null, uncertainReason: value === null ? '乱码' : null,
    url: `/reports/x-2019-2023/#${id}`,
    review: null,
    ...rest,
  };
}

describe('countedFacts', () => {
  it('leaves out a part whose whole counts for the same indicator, and a part of that part', () => {
    const whole = fact(427);
    const part = fact(17);
    const partOfPart = fact(5);
    const partOf = new Map([
      [part.id, whole.id],
      [partOfPart.id, part.id],
    ]);
    expect(countedFacts([whole, part, partOfPart], partOf)).toEqual([whole]);
    expect(countedFacts([part, partOfPart], partOf)).toEqual([part]);
  });

  it('counts a figure told again in another sentence once, but two things of one small size twice', () => {
    const summary = fact(24000, { what: '新发展会员', sentence: '五年来新发展会员2.4万人。' });
    const body = fact(24000, { what: '吸纳会员', sentence: '聚焦两新组织,吸纳会员2.4万人。' });
    expect(countedFacts([summary, body], new Map())).toEqual([summary]);
    const nurses = fact(50, { what: '护理人员同台竞技', qualifier: 'approx-less', sentence: 'A。' });
    const carers = fact(50, { what: '吸引从业者参与', sentence: 'B。' });
    expect(countedFacts([nurses, carers], new Map())).toEqual([nurses, carers]);
    const studios = [fact(2, { what: '创建劳模工匠人才和职工创新工作室' }), fact(2, { what: '劳模创新工作室' })];
    expect(countedFacts(studios, new Map())).toEqual([studios[0]]);
  });

  it('counts a large figure given twice in one sentence once: the same objects under two headings', () => {
    const sentence = '签订工资集体协商企业427家;签订女职工专项集体合同84份,覆盖企业427家。';
    const wage = fact(427, { what: '签订工资集体协商企业', sentence });
    const women = fact(427, { what: '覆盖企业', sentence });
    expect(countedFacts([wage, women], new Map())).toEqual([wage]);
  });

  it('keeps a list in one sentence that repeats a value', () => {
    const a = fact(3, { sentence: '举办乒乓球赛3场、羽毛球赛3场。', what: '乒乓球赛' });
    const b = fact(3, { sentence: '举办乒乓球赛3场、羽毛球赛3场。', what: '羽毛球赛' });
    expect(countedFacts([a, b], new Map())).toEqual([a, b]);
  });

  it('prefers period totals and never adds a yearly figure to them', () => {
    const yearly = fact(700, { kind: 'per-unit', perYear: 700 });
    const total = fact(3400);
    expect(countedFacts([yearly, total], new Map())).toEqual([total]);
    expect(countedFacts([yearly], new Map())).toEqual([yearly]);
  });
});

describe('countedFacts in a circle', () => {
  it('keeps a total read as a part of one of its own parts, instead of losing every figure', () => {
    const small = fact(100);
    const part = fact(200);
    const total = fact(300);
    // The parts before the total add up to it, and the total is read as part of the second.
    const counted = countedFacts([small, part, total], new Map([[total.id, part.id]]));
    expect(counted).toHaveLength(1);
    expect([small, part, total]).toContain(counted[0]);
  });

  it('keeps one of two facts given as parts of each other', () => {
    const a = fact(120);
    const b = fact(130);
    expect(countedFacts([a, b], new Map([[a.id, b.id], [b.id, a.id]]))).toEqual([b]);
  });

  it('gives every indicator with facts a value, however the parts point', () => {
    const facts = [fact(100), fact(200), fact(300), fact(300), fact(600)];
    const partOf = new Map(facts.map((f, i) => [f.id, facts[(i + 1) % facts.length]!.id]));
    const rows = indicatorValues([indicator], [report], facts, partOf);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.facts.length).toBeGreaterThan(0);
  });
});

describe('breakdowns', () => {
  it('finds a run of figures right after (or before) a total that adds up to it', () => {
    const total = fact(5_090_000, { qualifier: 'approx-more' });
    const items = [fact(1_743_000), fact(1_310_000), fact(1_206_400), fact(831_700)];
    expect([...breakdowns([total, ...items])]).toEqual(items.map((f) => [f.id, total.id]));
    const after = fact(430);
    expect([...breakdowns([fact(300), fact(130), after])]).toHaveLength(2);
  });

  it('leaves figures alone that only come close, or are too small to tell from a coincidence', () => {
    expect(breakdowns([fact(1380, { qualifier: 'approx-more' }), fact(1300), fact(100)]).size).toBe(0);
    expect(breakdowns([fact(5), fact(2), fact(3)]).size).toBe(0);
  });

  it('keeps the total and drops the breakdown when counting', () => {
    const total = fact(600);
    const items = [fact(200), fact(400)];
    expect(countedFacts([total, ...items], new Map())).toEqual([total]);
  });
});

describe('sameThing', () => {
  it('compares descriptions by their two-character pieces', () => {
    expect(sameThing('新建工会组织', '全年新建工会组织')).toBe(true);
    expect(sameThing('吸引从业者参与', '护理人员同台竞技')).toBe(false);
  });
});

describe('indicatorValues', () => {
  it('charts no figure whose indicator is only a candidate on weak evidence, and only the strong parts of a sum', () => {
    const weak = { indicator: null, candidate: 'contracts', candidateReason: '只有相邻分句提到“合同”' };
    expect(indicatorValues([indicator], [report], [fact(50, weak)], new Map())).toEqual([]);
    const [row] = indicatorValues([indicator], [report], [fact(30), fact(50, weak)], new Map());
    expect([row!.value, row!.facts.length]).toEqual([30, 1]);
  });

  it('adds up the counted facts, with per-year values for flows and the measure word they share', () => {
    const facts = [fact(380, { qualifier: 'approx-more' }), fact(20)];
    const [row] = indicatorValues([indicator], [report], facts, new Map());
    expect(row).toEqual({
      indicator: 'contracts', report: report.id, region: 'x', value: 400, perYear: 80, unit: '份', unitClass: 'documents',
      qualifier: 'approx-more', kind: 'flow', uncertain: false, facts: facts.map((f) => f.id),
    });
  });

  it('gives stocks no per-year value and yearly figures their own', () => {
    const stock: Indicator = { ...indicator, id: 'stock', kind: 'stock' };
    expect(indicatorValues([stock], [report], [fact(433, { indicator: 'stock', kind: 'stock', perYear: null })], new Map())[0]).toMatchObject({
      perYear: null,
      kind: 'stock',
    });
    expect(indicatorValues([indicator], [report], [fact(3700, { kind: 'per-unit', perYear: 3700 })], new Map())[0]).toMatchObject({
      value: 3700,
      perYear: 3700,
      kind: 'per-unit',
    });
  });

  it('spreads each flow over the years its sentence dates it to, and says so where they all agree', () => {
    expect(indicatorValues([indicator], [report], [fact(30, { years: 3 }), fact(60, { years: 3 })], new Map())[0]).toMatchObject({ value: 90, perYear: 30, years: 3 });
    const mixed = indicatorValues([indicator], [report], [fact(30, { years: 3 }), fact(50)], new Map())[0]!;
    expect(mixed.perYear).toBeCloseTo(10 + 10);
    expect(mixed).not.toHaveProperty('years');
  });

  it("keeps the report's wording of a value one fact states, none for a sum or where an editor changed the number", () => {
    const one = fact(300000, { text: '30余万元', unit: '元', qualifier: 'approx-more' });
    expect(indicatorValues([indicator], [report], [one], new Map())[0]!.text).toBe('30余万元');
    expect(indicatorValues([indicator], [report], [fact(380), fact(20)], new Map())[0]).not.toHaveProperty('text');
    const machine = { indicator: 'contracts', value: 300000, unit: '元', kind: 'flow' as const };
    const review = (value: number) => ({ decision: 'corrected' as const, reviewer: '编辑', date: '2026-01-01', reason: '原文如此', machine: { ...machine, value } });
    expect(indicatorValues([indicator], [report], [{ ...one, review: review(300000) }], new Map())[0]!.text).toBe('30余万元');
    expect(indicatorValues([indicator], [report], [{ ...one, value: 3000, review: review(300000) }], new Map())[0]).not.toHaveProperty('text');
  });

  it('leaves the value unknown when a fact is damaged, and gives no row for a report that does not mention the indicator', () => {
    expect(indicatorValues([indicator], [report], [fact(null), fact(3)], new Map())[0]).toMatchObject({ value: null, perYear: null, uncertain: true });
    expect(indicatorValues([indicator], [report], [], new Map())).toEqual([]);
  });
});
