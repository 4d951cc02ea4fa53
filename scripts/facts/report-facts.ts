import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { CleanReport } from '../ingest/clean.ts';
import { type ExtractedFact, extractFacts } from './extract.ts';
import { explainMatch, type Figure } from './match-indicator.ts';
import { gradeMatch } from './strength.ts';
import type { Taxonomy } from './taxonomy.ts';

/**
 * The facts of one report, each mapped to a comparable indicator where the taxonomy has
 * one and the evidence is strong (strength.ts); on weak evidence the indicator is only a
 * candidate, and the figure is not charted. A figure whose clause named no kind takes its
 * indicator's (a bare `各级职工书屋433家` is a standing total); per-year values are only
 * given for flows and yearly figures.
 */
export function reportFacts(entry: CatalogEntry, report: CleanReport, taxonomy: Taxonomy): ExtractedFact[] {
  return extractFacts(entry, report, taxonomy).map((e) => {
    const explanation = explainMatch(figureOf(entry, e), e.evidence, taxonomy);
    const indicator = explanation.winner;
    const grade = gradeMatch(explanation, e.evidence, taxonomy);
    const weak = grade?.strength === 'weak';
    const kind = indicator && !e.reading.yearly ? indicator.kind : e.fact.kind;
    const value = e.fact.value;
    const perYear = value === null ? null : kind === 'flow' ? value / entry.period.years : e.reading.yearly ? value : null;
    const reading = weak
      ? { indicator: null, candidate: indicator!.id, candidateReason: grade.zh }
      : { indicator: indicator?.id ?? null, candidate: null, candidateReason: null };
    return { ...e, fact: { ...e.fact, ...reading, kind, perYear } };
  });
}

/** What the indicator rules know of an extracted figure besides its words. */
export function figureOf(entry: CatalogEntry, e: ExtractedFact): Figure {
  return { text: e.fact.text, unit: e.fact.unit, kind: e.reading, actions: e.actions, periodEnd: entry.period.end, level: entry.region.level };
}
