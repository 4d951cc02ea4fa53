import type { FigureReview } from '../../src/contracts/review.ts';
import type { Fact } from '../facts/fact.ts';
import { InputError } from '../lib/input-error.ts';
import { findFigure, type PlacedFigure } from './find-figure.ts';
import type { PlacedReview } from './load-reviews.ts';

/** One report's text and figures, where its reviews are looked for. */
export interface ReviewedReport {
  id: string;
  years: number;
  blocks: readonly string[];
  figures: readonly PlacedFigure[];
}

export interface ReviewOutcome {
  facts: Fact[];
  /** The reviewed facts' reviews (each also on its fact), by fact id. */
  reviews: Map<string, FigureReview>;
  /** Reviews whose figure could not be found, each `file:line: why`; they are applied nowhere. */
  warnings: string[];
}

// As the machine computes it: flows spread over the report's years (or those their sentence dates them to), yearly figures as stated, stocks never.
function perYear(kind: Fact['kind'], value: number | null, years: number): number | null {
  if (value === null) return null;
  return kind === 'flow' ? value / years : kind === 'per-unit' ? value : null;
}

/** What a review needs of an indicator: the kind a figure newly put under it takes, and the measure words it counts in. */
export type ReviewIndicators = ReadonlyMap<string, { kind: Fact['kind']; units: readonly string[] }>;

/** The fact as the editor left it; a figure put under an indicator must be in one of its measure words. */
function reviewed(fact: Fact, review: PlacedReview, years: number, indicators: ReviewIndicators): Fact {
  const { entry } = review;
  if (entry.decision === 'confirmed') return fact;
  const indicator = entry.indicator === undefined ? fact.indicator : entry.indicator;
  const unit = entry.unit ?? fact.unit;
  const spec = indicator === null ? null : indicators.get(indicator)!;
  if (spec && !spec.units.includes(unit)) {
    throw new InputError(review.file, review.line, `${fact.text} counts in ${unit}, which ${indicator} does not (${spec.units.join('、')})`, 'give `unit:` one of them, or another indicator');
  }
  const moved = indicator !== fact.indicator && spec !== null && fact.kind !== 'per-unit';
  const kind = entry.kind ?? (moved ? spec.kind : fact.kind);
  const value = entry.value ?? fact.value;
  // An editor's indicator replaces the machine's doubt: a figure put under one is no longer a candidate.
  const candidacy = indicator === fact.indicator ? {} : { candidate: null, candidateReason: null };
  // A flow keeps the years its sentence dates it to; a figure the editor made another kind has none.
  const { years: dated, ...rest } = fact;
  const own = kind === 'flow' && dated !== undefined ? { years: dated } : {};
  return { ...rest, indicator, ...candidacy, value, unit, kind, ...own, perYear: perYear(kind, value, dated !== undefined && kind === 'flow' ? dated : years) };
}

/**
 * The editors' reviews laid over the machine's facts. A review names its figure by words, so
 * it follows the figure when the rules find or lose others; one whose figure is gone (or
 * ambiguous) becomes a warning and changes nothing. Two reviews of one figure are an error.
 */
export function applyReviews(
  facts: readonly Fact[],
  reports: readonly ReviewedReport[],
  placed: readonly PlacedReview[],
  indicators: ReviewIndicators,
): ReviewOutcome {
  const byReport = new Map(reports.map((r) => [r.id, r]));
  const chosen = new Map<string, PlacedReview>();
  const warnings: string[] = [];
  for (const review of placed) {
    const report = byReport.get(review.report);
    const found = report
      ? findFigure(report.blocks, report.figures, review.entry.figure, review.entry.quote)
      : { problem: `report ${review.report} is not in this build` };
    if ('problem' in found) {
      warnings.push(`${review.file}:${review.line}: ${found.problem}; the review is applied to no figure`);
      continue;
    }
    const earlier = chosen.get(found.id);
    if (earlier) throw new InputError(review.file, review.line, `${review.entry.figure} was already reviewed at line ${earlier.line}`, 'keep one review per figure');
    chosen.set(found.id, review);
  }
  const reviews = new Map<string, FigureReview>();
  const out = facts.map((fact) => {
    const review = chosen.get(fact.id);
    if (!review) return fact;
    const after = reviewed(fact, review, byReport.get(review.report)!.years, indicators);
    const { decision, reviewer, date, reason } = review.entry;
    const machine = after === fact ? null : { indicator: fact.indicator, value: fact.value, unit: fact.unit, kind: fact.kind };
    const figureReview: FigureReview = { decision, reviewer, date, reason: reason ?? null, machine };
    reviews.set(fact.id, figureReview);
    return { ...after, review: figureReview };
  });
  return { facts: out, reviews, warnings };
}
