import type { MachineValue } from '../../src/contracts/indicator.ts';

/**
 * A hand-checked indicator line (tests/gold/*indicator-values.jsonl): the value a careful
 * analyst would chart for one indicator of one report.
 */
export interface GoldValue {
  report: string;
  indicator: string;
  /** null: the report mentions the indicator but gives no figure one could chart. */
  value: number | null;
  unit: string;
  kind: string;
  qualifier: string;
  sentences: string[];
  note: string;
  /** Other acceptable readings of an ambiguous passage. */
  alt?: number[];
  /** How the line came about (`old gold (kept)`, `new`, …), and why an older reading was changed. */
  origin?: string;
  disputed?: string;
  revised?: string;
}

/** Why a value we chart is wrong. */
export const WRONG_REASONS = {
  value: 'the gold gives another value',
  unit: 'the gold counts it in another unit class',
  none: 'the gold says the report gives no chartable figure',
  unlisted: 'the gold lists no such indicator for the report',
} as const;
export type WrongReason = keyof typeof WRONG_REASONS;

export interface IndicatorScores {
  /** Gold lines with a value: what recall counts. */
  gold: number;
  /** Values we chart that are scored: what precision counts. */
  charted: number;
  right: number;
  precision: number;
  recall: number;
}

export interface IndicatorComparison {
  scores: IndicatorScores;
  right: Array<{ gold: GoldValue; ours: MachineValue }>;
  /** Charted values no gold line accepts, with the gold line of their indicator if there is one. */
  wrong: Array<{ ours: MachineValue; gold: GoldValue | null; reason: WrongReason }>;
  /** Gold values we do not chart, or chart otherwise (those also appear under `wrong`). */
  missed: Array<{ gold: GoldValue; ours: MachineValue | null }>;
  /** Charted values of indicators an incomplete gold never judges, so not scored. */
  unjudged: MachineValue[];
}

export interface CompareOptions {
  /**
   * A complete gold lists every indicator of every report that has a chartable value, so a
   * value it does not list is wrong. An incomplete one (a set written before the taxonomy
   * grew) judges only the indicators it names somewhere; the rest are left unscored.
   */
  complete: boolean;
  /** Relative distance within which a value equals the gold's (0.005: within 0.5%). */
  tolerance?: number;
}

/**
 * What the site charts as a number: a value with a figure that is not marked uncertain
 * (an uncertain or empty value is shown as 数值不详, not as a bar).
 */
export const isCharted = (v: MachineValue): boolean => v.value !== null && !v.uncertain;

const key = (report: string, indicator: string) => `${report}\u0000${indicator}`;

/**
 * Scores charted indicator values against a gold, per report and indicator id (a twin is
 * its own indicator: a stock where the gold gives its flow is wrong). A value is right
 * when it is within the tolerance of the gold value or one of its `alt` readings, and in
 * the unit class of the gold's unit. Precision is right / charted; recall is right / gold
 * lines with a value. A gold line with `value: null` counts in neither total by itself,
 * but a value charted against it is wrong.
 */
export function compareIndicators(
  gold: GoldValue[],
  values: MachineValue[],
  unitClasses: Record<string, { units: string[] }>,
  options: CompareOptions,
): IndicatorComparison {
  const tolerance = options.tolerance ?? 0.005;
  const close = (a: number, b: number) => Math.abs(a - b) <= tolerance * Math.abs(b);
  const classesOf = (unit: string) => Object.entries(unitClasses).filter(([, c]) => c.units.includes(unit)).map(([name]) => name);
  const goldOf = new Map(gold.map((g) => [key(g.report, g.indicator), g]));
  const judged = new Set(gold.map((g) => g.indicator));
  const charted = values.filter(isCharted);
  const scored = options.complete ? charted : charted.filter((v) => judged.has(v.indicator));

  const right: IndicatorComparison['right'] = [];
  const wrong: IndicatorComparison['wrong'] = [];
  const rightGold = new Set<GoldValue>();
  for (const ours of scored) {
    const g = goldOf.get(key(ours.report, ours.indicator)) ?? null;
    const reason = judge(g, ours, close, classesOf, rightGold);
    if (reason) wrong.push({ ours, gold: g, reason });
    else {
      rightGold.add(g!);
      right.push({ gold: g!, ours });
    }
  }
  const withValue = gold.filter((g) => g.value !== null);
  const ourOf = new Map(values.map((v) => [key(v.report, v.indicator), v]));
  const missed = withValue.filter((g) => !rightGold.has(g)).map((g) => ({ gold: g, ours: ourOf.get(key(g.report, g.indicator)) ?? null }));
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    scores: {
      gold: withValue.length,
      charted: scored.length,
      right: right.length,
      precision: ratio(right.length, scored.length),
      recall: ratio(right.length, withValue.length),
    },
    right,
    wrong,
    missed,
    unjudged: charted.filter((v) => !scored.includes(v)),
  };
}

function judge(
  g: GoldValue | null,
  ours: MachineValue,
  close: (a: number, b: number) => boolean,
  classesOf: (unit: string) => string[],
  alreadyRight: Set<GoldValue>,
): WrongReason | null {
  if (!g) return 'unlisted';
  if (g.value === null) return 'none';
  if (!classesOf(g.unit).includes(ours.unitClass)) return 'unit';
  // A second value of one indicator in one report cannot be right twice.
  if (alreadyRight.has(g) || ![g.value, ...(g.alt ?? [])].some((a) => close(ours.value!, a))) return 'value';
  return null;
}
