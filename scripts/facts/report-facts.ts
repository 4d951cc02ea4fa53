import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { CleanReport } from '../ingest/clean.ts';
import { ITEM_END } from './evidence.ts';
import { type ExtractedFact, extractFacts } from './extract.ts';
import { type Figure, matchIndicator } from './match-indicator.ts';
import type { Taxonomy } from './taxonomy.ts';

/**
 * The facts of one report, each mapped to a comparable indicator where the taxonomy has
 * one. A figure whose clause named no kind takes its indicator's (a bare `各级职工书屋433家`
 * is a standing total); per-year values are only given for flows and yearly figures.
 */
export function reportFacts(entry: CatalogEntry, report: CleanReport, taxonomy: Taxonomy): ExtractedFact[] {
  const byId = new Map(taxonomy.indicators.map((i) => [i.id, i]));
  const out: ExtractedFact[] = [];
  for (const e of extractFacts(entry, report, taxonomy)) {
    const previous = out.at(-1);
    const indicator = previous && continuesList(e, previous)
      ? previous.fact.indicator === null ? null : byId.get(previous.fact.indicator)!
      : matchIndicator(figureOf(entry, e), e.evidence, taxonomy);
    const kind = indicator && !e.reading.yearly ? indicator.kind : e.fact.kind;
    const value = e.fact.value;
    const perYear = value === null ? null : kind === 'flow' ? value / entry.period.years : e.reading.yearly ? value : null;
    out.push({ ...e, fact: { ...e.fact, indicator: indicator?.id ?? null, kind, perYear } });
  }
  return out;
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
