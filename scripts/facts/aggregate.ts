import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { Indicator, IndicatorValue } from '../../src/contracts/indicator.ts';
import type { Fact, Qualifier } from './fact.ts';

/** For each fact given as a part of another (after 其中) or a selection from a set, that other fact's id. */
export type PartOf = ReadonlyMap<string, string>;

function combinedQualifier(qualifiers: Qualifier[]): Qualifier {
  const distinct = [...new Set(qualifiers)];
  if (distinct.length === 1) return distinct[0]!;
  const inexact = distinct.filter((q) => q !== 'exact');
  return inexact.length === 1 ? inexact[0]! : 'approx';
}

/** Whether a fact is, directly or through other parts, a part of one of `counted`. */
function insideOneOf(id: string, counted: ReadonlySet<string>, partOf: PartOf): boolean {
  for (let whole = partOf.get(id); whole !== undefined; whole = partOf.get(whole)) {
    if (counted.has(whole)) return true;
  }
  return false;
}

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[^\p{Script=Han}A-Za-z]/gu, '')];
  return new Set(chars.slice(1).map((c, i) => chars[i]! + c));
}

/** Whether two phrases say the same thing: most two-character pieces of the shorter one stand in the other. */
export function sameThing(a: string, b: string): boolean {
  const [x, y] = [bigrams(a), bigrams(b)];
  const smaller = Math.min(x.size, y.size);
  if (smaller === 0) return a === b;
  let shared = 0;
  for (const piece of x) if (y.has(piece)) shared++;
  return shared / smaller >= RESTATED;
}

// A total and its breakdown: the parts add up to the total within this share (a total is
// often rounded, `509万余元`), and totals this small add up by coincidence too often.
const BREAKDOWN_TOLERANCE = 0.01;
const SMALLEST_TOTAL = 100;

function addsUpTo(sum: number, total: Fact): boolean {
  return Math.abs(sum - total.value!) <= BREAKDOWN_TOLERANCE * total.value!;
}

/**
 * Figures that break down another of the same indicator without saying so: a total and,
 * right after it (or right before it) in the same section, a run of two or more figures
 * that add up to it (`共投入帮扶资金509万余元,…慰问金174.3万元;…助学款131万元;…`).
 */
export function breakdowns(facts: Fact[]): Set<string> {
  const parts = new Set<string>();
  facts.forEach((total, i) => {
    if (total.value === null || total.value < SMALLEST_TOTAL) return;
    for (const step of [1, -1]) {
      const run: Fact[] = [];
      let sum = 0;
      for (let j = i + step; j >= 0 && j < facts.length; j += step) {
        const f = facts[j]!;
        if (f.value === null || f.section !== total.section || parts.has(f.id)) break;
        run.push(f);
        sum += f.value;
        if (run.length >= 2 && addsUpTo(sum, total)) {
          for (const r of run) parts.add(r.id);
          return;
        }
        if (sum > total.value * (1 + BREAKDOWN_TOLERANCE)) break;
      }
    }
  });
  return parts;
}

// Share of word pieces two descriptions of one value must have in common to be one figure told twice.
const RESTATED = 0.5;
// Two different things of one indicator may well both number 50; both numbering 2.4万 is a restatement.
const COINCIDENCE = 100;

/**
 * The facts an indicator's figure for one report adds up: each once. A part is left out
 * when its whole counts for the same indicator, and so is a breakdown of a total; a figure restated in another sentence
 * (same value and qualifier, and for small values its `what` saying the same thing)
 * counts once, while two contests that drew 50 and 近50 people are two; period totals win
 * over yearly figures, which are never added to them.
 */
export function countedFacts(facts: Fact[], partOf: PartOf): Fact[] {
  const ids = new Set(facts.map((f) => f.id));
  const brokenDown = breakdowns(facts);
  const wholes = facts.filter((f) => !insideOneOf(f.id, ids, partOf) && !brokenDown.has(f.id));
  const totals = wholes.filter((f) => f.kind !== 'per-unit');
  const pool = totals.length > 0 ? totals : wholes;
  const kept: Fact[] = [];
  for (const f of pool) {
    const restated =
      f.value !== null &&
      kept.some(
        (k) =>
          k.value === f.value &&
          k.qualifier === f.qualifier &&
          k.sentence !== f.sentence &&
          (f.value! >= COINCIDENCE || sameThing(k.what, f.what)),
      );
    if (!restated) kept.push(f);
  }
  return kept;
}

/**
 * One figure per indicator and report: the sum of the facts the report gives for it (each
 * indicator has one unit class and one kind, so they add up), unknown when one of them is
 * damaged. Per year for flows and for yearly figures, never for standing totals.
 */
export function indicatorValues(indicators: Indicator[], reports: CatalogEntry[], facts: Fact[], partOf: PartOf): IndicatorValue[] {
  const rows: IndicatorValue[] = [];
  // Grouped once: filtering all facts for each indicator and report grows with the square of the corpus.
  const groups = Map.groupBy(facts, (f) => `${f.indicator}\u0000${f.report}`);
  for (const indicator of indicators) {
    for (const report of reports) {
      const mine = groups.get(`${indicator.id}\u0000${report.id}`);
      if (!mine) continue;
      const summed = countedFacts(mine, partOf);
      const known = summed.every((f) => f.value !== null);
      const value = known ? summed.reduce((n, f) => n + f.value!, 0) : null;
      const kind = summed[0]!.kind;
      const perYear = value === null ? null : kind === 'flow' ? value / report.period.years : kind === 'per-unit' ? value : null;
      const units = new Set(summed.map((f) => f.unit));
      rows.push({
        indicator: indicator.id,
        report: report.id,
        region: report.region.id,
        value,
        perYear,
        unit: units.size === 1 ? [...units][0]! : indicator.unit,
        unitClass: indicator.unitClass,
        qualifier: combinedQualifier(summed.map((f) => f.qualifier)),
        kind,
        uncertain: summed.some((f) => f.uncertain),
        facts: summed.map((f) => f.id),
      });
    }
  }
  return rows;
}
