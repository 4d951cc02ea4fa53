import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorValues } from '../../scripts/facts/aggregate.ts';
import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { Fact } from '../../src/contracts/fact.ts';
import type { Indicator } from '../../src/contracts/indicator.ts';
import { checkProperty, propertyRuns } from '../helpers/property-seed.ts';

const report: CatalogEntry = {
  id: 'x-2021-2025',
  file: 'x.txt',
  region: { id: 'x', name: '某区', level: 'district' },
  period: { start: 2021, end: 2025, years: 5 },
};
const indicator: Indicator = {
  id: 'aid-funds',
  zh: '帮扶资金',
  en: 'Aid funds',
  theme: 'welfare',
  kind: 'flow',
  unitClass: 'money',
  unit: '元',
  units: ['元'],
  family: 'aid-funds',
  twinOf: null,
  match: { about: ['帮扶'], either: false, action: null },
};

/**
 * The facts of one indicator in one report as the extraction may leave them: values that
 * add up to each other (so breakdowns are found), restatements, damaged figures, and parts
 * pointing anywhere, circles included.
 */
const group = fc
  .array(
    fc.record({
      value: fc.constantFrom(100, 200, 300, 300, 600, 1200, 50, null),
      kind: fc.constantFrom('flow', 'flow', 'per-unit'),
      section: fc.constantFrom('一', '二'),
      sentence: fc.nat(3),
      partOf: fc.option(fc.nat(11)),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((drawn) => {
    const facts = drawn.map((d, i): Fact => {
      const id = `${report.id}-f${String(i + 1).padStart(3, '0')}`;
      const kind = d.kind as Fact['kind'];
      return {
        id, report: report.id, region: 'x', text: `${d.value}元`, value: d.value, unit: '元', qualifier: 'exact', kind,
        perYear: d.value === null ? null : kind === 'flow' ? d.value / 5 : d.value, what: `帮扶资金${i % 3}`, sentence: `第${d.sentence}句。`,
        section: d.section, theme: 'welfare', indicator: indicator.id, candidate: null, candidateReason: null, uncertain: d.value === null,
        uncertainReason: d.value === null ? '乱码' : null, url: `/reports/${report.id}/#${id}`, review: null,
      };
    });
    const partOf = new Map(drawn.flatMap((d, i) => (d.partOf !== null && d.partOf < facts.length ? [[facts[i]!.id, facts[d.partOf]!.id] as const] : [])));
    return { facts, partOf };
  });

// The crash of a 300-report recombined collection (an indicator whose facts all cancelled)
// in its general form: this property finds it within a few runs on the aggregation before
// parts and breakdowns became edges that close no circle.
describe('indicatorValues over any parts and breakdowns', () => {
  it('gives an indicator with facts one row, the sum of some of its own facts, however parts point', () => {
    checkProperty(
      fc.property(group, ({ facts, partOf }) => {
        const rows = indicatorValues([indicator], [report], facts, partOf);
        expect(rows).toHaveLength(1);
        const row = rows[0]!;
        const counted = facts.filter((f) => row.facts.includes(f.id));
        expect(counted.length).toBeGreaterThan(0);
        // Each of its own facts, once.
        expect(counted.map((f) => f.id)).toEqual(row.facts);
        if (counted.some((f) => f.value === null)) expect(row.value).toBeNull();
        else expect(row.value).toBe(counted.reduce((n, f) => n + f.value!, 0));
      }),
      { numRuns: propertyRuns(500), testFile: 'tests/facts/aggregate-property.test.ts' },
    );
  });
});
