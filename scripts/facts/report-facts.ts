import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { Indicator } from '../../src/contracts/indicator.ts';
import type { CleanReport } from '../ingest/clean.ts';
import { ITEM_END } from './evidence.ts';
import { extractFacts } from './extract.ts';
import type { ExtractedFact } from './extracted-fact.ts';
import { findWords } from './find-words.ts';
import { explainMatch, type Figure } from './match-indicator.ts';
import { mixedFamilies } from './mixed-list.ts';
import { inPurpose } from './purpose.ts';
import { coveredYears, sentenceDating } from './since.ts';
import { spanYears } from './span.ts';
import { gradeMatch } from './strength.ts';
import type { Taxonomy } from './taxonomy.ts';

/**
 * The facts of one report, each mapped to a comparable indicator where the taxonomy has
 * one and the evidence is strong (strength.ts); on weak evidence the indicator is only a
 * candidate, and the figure is not charted. A figure whose clause named no kind takes its
 * indicator's (a bare `各级职工书屋433家` is a standing total); per-year values are only
 * given for flows and yearly figures, a flow spread over the years its sentence dates it to
 * (since.ts) where that is less than the period.
 */
export function reportFacts(entry: CatalogEntry, report: CleanReport, taxonomy: Taxonomy): ExtractedFact[] {
  const extracted = extractFacts(entry, report, taxonomy);
  const readings = readIndicators(entry, extracted, taxonomy);
  return extracted.map((e, i) => {
    const { indicator, candidate, candidateReason } = readings[i]!;
    const kind = indicator && !e.reading.yearly ? indicator.kind : e.fact.kind;
    const value = e.fact.value;
    const years = kind === 'flow' ? coveredYears(sentenceDating(e.evidence.sentence, taxonomy.vocabulary.since), entry.period) : null;
    const perYear = value === null ? null : kind === 'flow' ? value / (years ?? entry.period.years) : e.reading.yearly ? value : null;
    const fact = { ...e.fact, indicator: candidate === null ? (indicator?.id ?? null) : null, candidate, candidateReason, kind, perYear };
    return { ...e, fact: years === null ? fact : { ...fact, years } };
  });
}

/** How a figure was read: its indicator (the candidate's, when the evidence is weak), and the list rule that overruled the match. */
export interface IndicatorReading {
  indicator: Indicator | null;
  /** The indicator of weak evidence, not charted, and why (strength.ts); null when charted or unread. */
  candidate: string | null;
  candidateReason: string | null;
  overruled: string | null;
  /** Whether it counts the activities of several indicators together. */
  mixed: boolean;
}

/**
 * Each figure's indicator, in order: the match's winner, graded by the strength of its
 * evidence, unless a rule over lists overrules it (then `overruled` says why): a figure
 * continuing the list item before it takes that one's; a figure counting a mix of several
 * indicators' activities takes none, and so does a count of the people they reached; a
 * flow of a work that ran longer than the report's period is not the period's; an item
 * naming only what sets it apart from an earlier one (`非规模企业10家`) counts what that one does;
 * a figure whose only evidence is a word of purpose (`围绕提升技能素质…等`) takes none.
 */
export function readIndicators(entry: CatalogEntry, extracted: readonly ExtractedFact[], taxonomy: Taxonomy): IndicatorReading[] {
  const out: IndicatorReading[] = [];
  extracted.forEach((e, i) => {
    const previous = extracted[i - 1];
    const charted = (r: IndicatorReading | undefined) => (r && r.candidate === null ? r.indicator : null);
    if (previous && continuesList(e, previous)) {
      const indicator = charted(out[i - 1]);
      const overruled = `it names nothing and follows ${previous.fact.text} after 、: it counts what that one counts (${indicator?.id ?? 'no indicator'})`;
      out.push({ indicator, candidate: null, candidateReason: null, overruled, mixed: false });
      return;
    }
    const explanation = explainMatch(figureOf(entry, e), e.evidence, taxonomy);
    const { winner, verdicts } = explanation;
    const contrasted = winner === null ? contrastedItem(e, extracted.slice(0, i)) : undefined;
    if (contrasted) {
      const indicator = charted(out[extracted.indexOf(contrasted)]);
      const overruled = `it names only what sets it apart from ${contrasted.fact.text} (${contrasted.fact.what}): it counts what that one counts (${indicator?.id ?? 'no indicator'})`;
      out.push({ indicator, candidate: null, candidateReason: null, overruled, mixed: false });
      return;
    }
    const mixed = winner && mixedFamilies(e.evidence, verdicts.filter((v) => v.verdict.score !== null).map((v) => v.indicator));
    if (mixed) {
      const overruled = `it counts a list of activities of several indicators together (${mixed.join(', ')})`;
      out.push({ indicator: null, candidate: null, candidateReason: null, overruled, mixed: true });
      return;
    }
    const years = winner?.kind === 'flow' && !e.reading.yearly ? spanYears(e.evidence.segment.text.slice(0, e.evidence.segment.at), taxonomy.vocabulary.spans) : null;
    if (years !== null && years > entry.period.years) {
      const overruled = `it counts a work of ${years} years, more than the report's ${entry.period.years}: not the period's`;
      out.push({ indicator: null, candidate: null, candidateReason: null, overruled, mixed: false });
      return;
    }
    const won = verdicts[0]?.verdict;
    const topic = won && won.score !== null && won.noun === null ? won.topic : null;
    if (topic && inPurpose(e.evidence.clause.text.slice(0, e.evidence.clause.at), topic.word, taxonomy.vocabulary.purposes)) {
      const overruled = `its activity word ${topic.word} names what the work was for, not what the figure counts`;
      out.push({ indicator: null, candidate: null, candidateReason: null, overruled, mixed: false });
      return;
    }
    const mix = winner && reachOfMix(e, winner, extracted.slice(0, i), out);
    if (mix) {
      const overruled = `it counts the people reached by ${mix.fact.text} and the activities with it, which no one indicator counts`;
      out.push({ indicator: null, candidate: null, candidateReason: null, overruled, mixed: false });
      return;
    }
    const grade = gradeMatch(explanation, e.evidence, taxonomy);
    const weak = grade?.strength === 'weak';
    out.push({
      indicator: winner,
      candidate: weak ? winner!.id : null,
      candidateReason: weak ? grade.zh : null,
      overruled: null,
      mixed: false,
    });
  });
  return out;
}

// Words opening a list item that names only what sets it apart from an earlier item, whose
// head noun it leaves out (`规上企业工会组织30家,…,非规上企业8家`).
const CONTRAST = /^(?:非|其他|其余)/u;

/** The earlier figure of the sentence whose noun an item contrasted with it leaves out (CONTRAST), or undefined. */
function contrastedItem(e: ExtractedFact, earlier: readonly ExtractedFact[]): ExtractedFact | undefined {
  const opening = CONTRAST.exec(e.fact.what)?.[0];
  if (!opening) return undefined;
  const modifier = e.fact.what.slice(opening.length);
  if (!/^\p{Script=Han}{2,}$/u.test(modifier)) return undefined;
  return earlier.findLast((f) => {
    const at = f.fact.what.indexOf(modifier);
    const sameSentence = f.position.block === e.position.block && f.fact.sentence === e.fact.sentence;
    return sameSentence && f.fact.unit === e.fact.unit && at !== -1 && at + modifier.length < f.fact.what.length;
  });
}

const REACHED = new Set(['persons', 'person-times']);

/**
 * The figure of a mix of activities a count of people reached is about (`…慰问演出等活动216场次,
 * 组织健身运动100余场,覆盖职工63万人次`), or undefined: a count of people whose own clause names
 * none of its indicator's activity words, after a mixed figure of its sentence.
 */
function reachOfMix(
  e: ExtractedFact,
  winner: Indicator,
  earlier: readonly ExtractedFact[],
  readings: readonly IndicatorReading[],
): ExtractedFact | undefined {
  if (!REACHED.has(winner.unitClass) || findWords(e.evidence.clause.text, winner.match.about ?? []).length > 0) return undefined;
  const sameSentence = (f: ExtractedFact) => f.position.block === e.position.block && f.fact.sentence === e.fact.sentence;
  return earlier.find((f, i) => readings[i]!.mixed && sameSentence(f));
}

/**
 * Whether a figure that names nothing of its own follows another right after a `、`
 * (`全国和省级工人先锋号20个、300个`): it counts what that one counts, and takes its indicator
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
