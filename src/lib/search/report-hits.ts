import { type CatalogReport, type ReportOutline, blockOf } from '../../contracts/search-records.ts';
import type { Theme } from '../../contracts/fact-values.ts';

/** A report that holds the query, with where in it each occurrence begins. */
export interface ReportHit extends CatalogReport {
  /** Locations (letters and digits from the report's start) where an occurrence begins, in order. */
  occurrences: number[];
}

/** A Pagefind result as far as it is known without fetching its record: its id and the locations of the query's tokens. */
export interface RankedResult {
  id: string;
  words: number[];
}

/** What a reader has narrowed the results to: regions (full names) and themes; empty is all. */
export interface Narrowing {
  regions: Set<string>;
  themes: Set<Theme>;
}

/** Results a page of the list shows, and how many pages `显示更多` has to add. */
export const PAGE_SIZE = 10;

/**
 * Where occurrences of a term begin among the locations of its tokens: each location, or for
 * a term spanning several tokens, the start of each run of `span` locations in a row.
 */
export function occurrences(locations: number[], span: number): number[] {
  const at = new Set(locations);
  return locations.filter((l) => Array.from({ length: span }, (_, k) => l + k).every((k) => at.has(k)));
}

/**
 * The reports among Pagefind's ranked results, in its order: those in the catalog (the other
 * records are listing pages) that every term's exact phrase also found (`exact`, the record
 * ids of each). `span` is the fewest locations a term of the query covers.
 */
export function reportHits(ranked: RankedResult[], catalog: Map<string, CatalogReport>, exact: Array<Set<string>>, span: number): ReportHit[] {
  return ranked.flatMap((result) => {
    const report = catalog.get(result.id);
    if (!report || !exact.every((ids) => ids.has(result.id))) return [];
    return [{ ...report, occurrences: occurrences(result.words, span) }];
  });
}

/** Whether something of a region (a report, a figure) is among the chosen regions. */
export const regionFits = (hit: Pick<CatalogReport, 'region'>, narrowing: Narrowing) => narrowing.regions.size === 0 || narrowing.regions.has(hit.region);
const themeFits = (hit: Pick<CatalogReport, 'themes'>, narrowing: Narrowing) => narrowing.themes.size === 0 || hit.themes.some((t) => narrowing.themes.has(t));

export function narrowed(hits: ReportHit[], narrowing: Narrowing): ReportHit[] {
  return hits.filter((h) => regionFits(h, narrowing) && themeFits(h, narrowing));
}

/**
 * Reports per region and per theme among the hits, each counted under the other filter's
 * choice only, so a count says what choosing that filter would show.
 */
export function narrowingCounts(hits: ReportHit[], narrowing: Narrowing): { regions: Map<string, number>; themes: Map<Theme, number> } {
  const regions = new Map<string, number>();
  const themes = new Map<Theme, number>();
  for (const hit of hits) {
    if (themeFits(hit, narrowing)) regions.set(hit.region, (regions.get(hit.region) ?? 0) + 1);
    if (regionFits(hit, narrowing)) for (const t of hit.themes) themes.set(t, (themes.get(t) ?? 0) + 1);
  }
  return { regions, themes };
}

/** The results of the first `pages` pages of a list. */
export function firstPages<T>(list: T[], pages: number): T[] {
  return list.slice(0, Math.max(1, pages) * PAGE_SIZE);
}

/** `?page=` as a whole page number from 1 on; anything else is page 1. */
export function pageParam(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** A section holding the query, and how many of its occurrences. */
export interface SectionHolding {
  id: string;
  title: string;
  count: number;
}

/** The sections holding the query, most occurrences first, then in the report's order. */
export function sectionsHolding(outline: ReportOutline, found: number[]): SectionHolding[] {
  const counts = outline.sections.map(([id, title, start], i) => {
    const end = outline.sections[i + 1]?.[2] ?? Infinity;
    return { id, title, count: found.filter((l) => l >= start && l < end).length };
  });
  return counts.filter((s) => s.count > 0).sort((a, b) => b.count - a.count);
}

/** The text block to quote, in blocks of `units`: the one holding the most occurrences (given in order), the earliest of equals. */
export function densestBlock(found: number[], units: number): number {
  const counts = new Map<number, number>();
  for (const l of found) counts.set(blockOf(l, units), (counts.get(blockOf(l, units)) ?? 0) + 1);
  let best = blockOf(found[0] ?? 0, units);
  for (const [block, n] of counts) if (n > counts.get(best)!) best = block;
  return best;
}
