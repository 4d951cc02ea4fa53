import type { Indicator, IndicatorValue } from '../../src/contracts/indicator.ts';

/** A hand-checked indicator figure (../shared/gold/seed-indicator-values.jsonl). */
export interface GoldValue {
  report: string;
  indicator: string;
  /** null: the report mentions the indicator with no figure one could chart. */
  value: number | null;
  unit: string;
  kind: string;
  qualifier: string;
  sentences: string[];
  note: string;
  /** Other acceptable readings of an ambiguous passage. */
  alt?: number[];
}

export interface IndicatorScores {
  /** Gold figures with a value. */
  gold: number;
  /** Our figures in the families the gold judges. */
  ours: number;
  matched: number;
  precision: number;
  recall: number;
}

export interface IndicatorComparison {
  scores: IndicatorScores;
  /** Gold figures we do not give (or give otherwise), with what we give in their family. */
  misses: Array<{ gold: GoldValue; ours: IndicatorValue[] }>;
  /** Our figures that no gold figure accepts. */
  extras: IndicatorValue[];
  matches: Array<{ gold: GoldValue; ours: IndicatorValue }>;
}

const TOLERANCE = 0.005;

const close = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.abs(b);

/**
 * Scores indicator figures against the gold per report and indicator family (an indicator
 * and its twins, so that the gold's `workers-bookhouses` for a flow finds our
 * `workers-bookhouses-new`): a figure is right when its value is within 0.5% of the gold's
 * (or of one of its `alt` readings) and its unit class is the gold unit's. An indicator is
 * one family in one unit class, so precision counts our figures in the families and unit
 * classes the gold judges somewhere; a gold `value: null` accepts no figure.
 */
export function compareIndicators(
  gold: GoldValue[],
  values: IndicatorValue[],
  indicators: Indicator[],
  unitClasses: Record<string, { units: string[] }>,
): IndicatorComparison {
  const familyOf = new Map(indicators.map((i) => [i.id, i.family]));
  const family = (id: string) => familyOf.get(id) ?? id;
  const classesOf = (unit: string) => Object.entries(unitClasses).filter(([, c]) => c.units.includes(unit)).map(([name]) => name);
  const judged = new Set(gold.flatMap((g) => classesOf(g.unit).map((c) => `${family(g.indicator)}\u0000${c}`)));
  const ours = values.filter((v) => judged.has(`${family(v.indicator)}\u0000${v.unitClass}`));
  const unused = new Set(ours);
  const matches: IndicatorComparison['matches'] = [];
  const misses: IndicatorComparison['misses'] = [];

  for (const g of gold.filter((x) => x.value !== null)) {
    const candidates = ours.filter((v) => v.report === g.report && family(v.indicator) === family(g.indicator));
    const accepted = [g.value!, ...(g.alt ?? [])];
    const hit = candidates.find(
      (v) => unused.has(v) && v.value !== null && accepted.some((a) => close(v.value!, a)) && classesOf(g.unit).includes(v.unitClass),
    );
    if (hit) {
      unused.delete(hit);
      matches.push({ gold: g, ours: hit });
    } else {
      misses.push({ gold: g, ours: candidates });
    }
  }
  const goldCount = gold.filter((g) => g.value !== null).length;
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    scores: {
      gold: goldCount,
      ours: ours.length,
      matched: matches.length,
      precision: ratio(matches.length, ours.length),
      recall: ratio(matches.length, goldCount),
    },
    misses,
    extras: [...unused],
    matches,
  };
}
