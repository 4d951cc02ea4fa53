import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { Indicator } from '../../src/contracts/indicator.ts';
import type { CleanReport } from '../ingest/clean.ts';
import { ITEM_END } from './evidence.ts';
import { type ExtractedFact, extractFacts } from './extract.ts';
import { explainMatch, type Figure, type MatchExplanation } from './match-indicator.ts';
import { mixedFamilies } from './mixed-list.ts';
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
  const out: ExtractedFact[] = [];
  for (const e of extractFacts(entry, report, taxonomy)) {
    const { indicator, overruled, explanation } = indicatorOf(entry, e, out.at(-1), taxonomy);
    // A list rule that overruled the match decided on the list's words, not the match's evidence.
    const grade = overruled === null && explanation ? gradeMatch(explanation, e.evidence, taxonomy) : null;
    const weak = grade?.strength === 'weak';
    const kind = indicator && !e.reading.yearly ? indicator.kind : e.fact.kind;
    const value = e.fact.value;
    const perYear = value === null ? null : kind === 'flow' ? value / entry.period.years : e.reading.yearly ? value : null;
    const reading = weak
      ? { indicator: null, candidate: indicator!.id, candidateReason: grade.zh }
      : { indicator: indicator?.id ?? null, candidate: null, candidateReason: null };
    out.push({ ...e, fact: { ...e.fact, ...reading, kind, perYear } });
  }
  return out;
}

/**
 * A figure's indicator: the match's winner, unless a rule over lists overrules it (then
 * `overruled` says why): a figure continuing the list item before it takes that one's; a
 * figure counting a mix of several indicators' activities takes none.
 */
export function indicatorOf(
  entry: CatalogEntry,
  e: ExtractedFact,
  previous: ExtractedFact | undefined,
  taxonomy: Taxonomy,
): { indicator: Indicator | null; overruled: string | null; explanation: MatchExplanation | null } {
  if (previous && continuesList(e, previous)) {
    const id = previous.fact.indicator;
    return {
      indicator: id === null ? null : taxonomy.indicators.find((i) => i.id === id)!,
      overruled: `it names nothing and follows ${previous.fact.text} after 、: it counts what that one counts (${id ?? 'no indicator'})`,
      explanation: null,
    };
  }
  const explanation = explainMatch(figureOf(entry, e), e.evidence, taxonomy);
  const { winner, verdicts } = explanation;
  const mixed = winner && mixedFamilies(e.evidence, verdicts.filter((v) => v.verdict.score !== null).map((v) => v.indicator));
  if (mixed) return { indicator: null, overruled: `it counts a list of activities of several indicators together (${mixed.join(', ')})`, explanation };
  return { indicator: winner, overruled: null, explanation };
}

/**
 * Whether a figure that names nothing of its own follows another right after a `、`
 * (`全国和省五一劳动奖状118个、1746个`): it counts what that one counts, and takes its indicator
 * (or none), whatever the words around the list would choose.
 */
export function continuesList(e: ExtractedFact, previous: ExtractedFact): boolean {
  return (
    previous.position.block === e.position.block &&
    previous.fact.unit === e.fact.unit &&
    e.evidence.before === '、' &&
    !/\p{Script=Han}/u.test(e.evidence.after.split(ITEM_END)[0]!)
  );
}

/** What the indicator rules know of an extracted figure besides its words. */
export function figureOf(entry: CatalogEntry, e: ExtractedFact): Figure {
  return { text: e.fact.text, unit: e.fact.unit, kind: e.reading, actions: e.actions, periodEnd: entry.period.end, level: entry.region.level };
}
