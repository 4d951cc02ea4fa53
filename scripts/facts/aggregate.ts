import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { Indicator, MachineValue } from '../../src/contracts/indicator.ts';
import { asWritten } from '../../src/contracts/fact-values.ts';
import type { Fact, Qualifier } from './fact.ts';

/** For each fact given as a part of another (after 其中) or a selection from a set, that other fact's id. */
export type PartOf = ReadonlyMap<string, string>;

function combinedQualifier(qualifiers: Qualifier[]): Qualifier {
  const distinct = [...new Set(qualifiers)];
  if (distinct.length === 1) return distinct[0]!;
  const inexact = distinct.filter((q) => q !== 'exact');
  return inexact.length === 1 ? inexact[0]! : 'approx';
}

/** The nearest of `group` that a fact is, directly or through other parts, a part of. */
function wholeIn(id: string, group: ReadonlySet<string>, partOf: PartOf): string | undefined {
  const seen = new Set([id]);
  for (let whole = partOf.get(id); whole !== undefined && !seen.has(whole); whole = partOf.get(whole)) {
    if (group.has(whole)) return whole;
    seen.add(whole);
  }
  return undefined;
}

/**
 * What each fact of one indicator's group is covered by (its whole, or the total it breaks
 * down), as edges that never close a circle: a total read as a part of one of its own parts
 * would otherwise cancel with them, and the indicator lose every figure. An edge that would
 * close one is dropped, the earlier fact in the text keeping its cover.
 */
function coverEdges(facts: Fact[], partOf: PartOf): Map<string, { by: string; why: 'part' | 'breakdown' }> {
  const ids = new Set(facts.map((f) => f.id));
  const brokenDown = breakdowns(facts);
  const edges = new Map<string, { by: string; why: 'part' | 'breakdown' }>();
  const reaches = (from: string, to: string) => {
    const seen = new Set<string>();
    for (let at: string | undefined = from; at !== undefined && !seen.has(at); at = edges.get(at)?.by) {
      if (at === to) return true;
      seen.add(at);
    }
    return false;
  };
  for (const f of facts) {
    const whole = wholeIn(f.id, ids, partOf);
    const cover = whole ?? brokenDown.get(f.id);
    if (cover !== undefined && !reaches(cover, f.id)) edges.set(f.id, { by: cover, why: whole ? 'part' : 'breakdown' });
  }
  return edges;
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
 * Figures that break down another of the same indicator without saying so, each with its
 * total's id: a total and,
 * right after it (or right before it) in the same section, a run of two or more figures
 * that add up to it (`共投入帮扶资金509万余元,…慰问金174.3万元;…助学款131万元;…`).
 */
export function breakdowns(facts: Fact[]): Map<string, string> {
  const parts = new Map<string, string>();
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
          for (const r of run) parts.set(r.id, total.id);
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
// Two different things of one indicator may well both number 50; both numbering 2.4万 is a
// restatement, in one sentence too (the 427 firms that signed wage contracts, and the 427 firms
// the women's special contracts cover).
const COINCIDENCE = 100;

/** A fact an indicator's figure leaves out, the fact that stands for it, and why. */
export interface LeftOut {
  fact: Fact;
  by: string;
  why: 'part' | 'breakdown' | 'yearly' | 'restated';
}

/** What each reason of LeftOut says to a reader of `npm run explain`. */
export const LEFT_OUT_REASONS: Record<LeftOut['why'], string> = {
  part: 'given as a part of it (after 其中 or 分别为) or a selection from its set',
  breakdown: 'one of a run of figures next to it that add up to it',
  yearly: 'a yearly figure, never added to totals of the period',
  restated: 'the same figure told again',
};

/**
 * The facts an indicator's figure for one report adds up, each once, and those it leaves
 * out with why. A part is left out when its whole counts for the same indicator, and so is
 * a breakdown of a total; a figure restated in another sentence (same value and qualifier,
 * and for small values its `what` saying the same thing) counts once, while two contests
 * that drew 50 and 近50 people are two; period totals win over yearly figures, which are
 * never added to them.
 */
export function explainCounted(facts: Fact[], partOf: PartOf): { kept: Fact[]; leftOut: LeftOut[] } {
  const covered = coverEdges(facts, partOf);
  const leftOut: LeftOut[] = facts.flatMap((fact) => {
    const edge = covered.get(fact.id);
    return edge ? [{ fact, ...edge }] : [];
  });
  // Never empty when `facts` is not: the edges close no circle, so one fact at least covers the others.
  const wholes = facts.filter((f) => !covered.has(f.id));
  const totals = wholes.filter((f) => f.kind !== 'per-unit');
  const pool = totals.length > 0 ? totals : wholes;
  if (pool !== wholes) for (const f of wholes.filter((w) => w.kind === 'per-unit')) leftOut.push({ fact: f, by: totals[0]!.id, why: 'yearly' });
  const kept: Fact[] = [];
  for (const f of pool) {
    const restated =
      f.value !== null &&
      kept.find(
        (k) =>
          k.value === f.value &&
          k.qualifier === f.qualifier &&
          (f.value! >= COINCIDENCE || (k.sentence !== f.sentence && sameThing(k.what, f.what))),
      );
    if (restated) leftOut.push({ fact: f, by: restated.id, why: 'restated' });
    else kept.push(f);
  }
  return { kept, leftOut };
}

/** The facts an indicator's figure for one report adds up: each once (explainCounted). */
export function countedFacts(facts: Fact[], partOf: PartOf): Fact[] {
  return explainCounted(facts, partOf).kept;
}

/**
 * One figure per indicator and report: the sum of the facts the report gives for it (each
 * indicator has one unit class and one kind, so they add up), unknown when one of them is
 * damaged. Per year for flows (each over the years its sentence dates it to, since.ts) and
 * for yearly figures, never for standing totals.
 */
export function indicatorValues(indicators: Indicator[], reports: CatalogEntry[], facts: Fact[], partOf: PartOf): MachineValue[] {
  const rows: MachineValue[] = [];
  // Grouped once: filtering all facts for each indicator and report grows with the square of the corpus.
  const groups = Map.groupBy(facts, (f) => `${f.indicator}\u0000${f.report}`);
  for (const indicator of indicators) {
    for (const report of reports) {
      const mine = groups.get(`${indicator.id}\u0000${report.id}`);
      if (!mine) continue;
      const summed = countedFacts(mine, partOf);
      const first = summed[0];
      if (!first) continue;
      const known = summed.every((f) => f.value !== null);
      const value = known ? summed.reduce((n, f) => n + f.value!, 0) : null;
      const kind = first.kind;
      // Each flow over its own years: a fact its sentence dates to part of the period (`2022年以来`) is spread over that part.
      const spans = new Set(summed.map((f) => f.years));
      const years = kind === 'flow' && spans.size === 1 ? first.years : undefined;
      const spread = spans.size === 1 ? value! / (years ?? report.period.years) : summed.reduce((n, f) => n + f.value! / (f.years ?? report.period.years), 0);
      const perYear = value === null ? null : kind === 'flow' ? spread : kind === 'per-unit' ? value : null;
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
        ...(summed.length === 1 && asWritten(first) ? { text: first.text } : {}),
        ...(years === undefined ? {} : { years }),
      });
    }
  }
  return rows;
}
