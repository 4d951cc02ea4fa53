import type { IndicatorValue, Indicator } from '../../src/contracts/indicator.ts';
import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { Fact, Qualifier } from './fact.ts';

/** Facts given as parts of another figure of the same sentence (after 其中); never summed again. */
export type PartIds = ReadonlySet<string>;

// Measure words that count the same thing and so add up.
const SAME_COUNT: Record<string, string> = { 名: '人', 位: '人', 场: '场次' };
const countOf = (unit: string) => SAME_COUNT[unit] ?? unit;

function combinedQualifier(qualifiers: Qualifier[]): Qualifier {
  const distinct = [...new Set(qualifiers)];
  if (distinct.length === 1) return distinct[0]!;
  const inexact = distinct.filter((q) => q !== 'exact');
  return inexact.length === 1 ? inexact[0]! : 'approx';
}

/**
 * One figure per indicator and report: the sum of the report's facts for that indicator
 * that count in the first of the indicator's units found (人 and 名 alike) and share one
 * kind (a stock is never added to a flow), leaving out parts of other figures.
 */
export function indicatorValues(taxonomy: Indicator[], reports: CatalogEntry[], facts: Fact[], parts: PartIds): IndicatorValue[] {
  const rows: IndicatorValue[] = [];
  // Grouped once: filtering all facts for each indicator and report grows with the square of the corpus.
  const groups = Map.groupBy(facts, (f) => `${f.indicator}\u0000${f.report}`);
  for (const indicator of taxonomy) {
    for (const report of reports) {
      const mine = groups.get(`${indicator.id}\u0000${report.id}`) ?? [];
      const counted = mine.filter((f) => !parts.has(f.id));
      const pool = counted.length > 0 ? counted : mine;
      const unit = indicator.units.find((u) => pool.some((f) => f.unit === u));
      if (!unit) continue;
      const sameUnit = pool.filter((f) => countOf(f.unit) === countOf(unit));
      const kind = sameUnit.some((f) => f.kind === indicator.kind) ? indicator.kind : sameUnit[0]!.kind;
      const summed = sameUnit.filter((f) => f.kind === kind);
      const known = summed.every((f) => f.value !== null);
      const value = known ? summed.reduce((n, f) => n + f.value!, 0) : null;
      const perYear =
        value === null ? null : kind === 'flow' ? value / report.period.years : summed.every((f) => f.perYear !== null) ? value : null;
      rows.push({
        indicator: indicator.id,
        report: report.id,
        region: report.region.id,
        value,
        perYear,
        unit,
        qualifier: combinedQualifier(summed.map((f) => f.qualifier)),
        kind,
        uncertain: summed.some((f) => f.uncertain),
        facts: summed.map((f) => f.id),
      });
    }
  }
  return rows;
}
