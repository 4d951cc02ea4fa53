import { type ReportKey, readReportKey } from '../../contracts/search-records.ts';
import type { Theme } from '../../contracts/fact-values.ts';

/** A report that holds the query, with the number of its passages that do. */
export interface ReportHit extends ReportKey {
  key: string;
  passages: number;
}

/** What a reader has narrowed the results to: regions (full names) and themes; empty is all. */
export interface Narrowing {
  regions: Set<string>;
  themes: Set<Theme>;
}

/** Results a page of the list shows, and how many pages `显示更多` has to add. */
export const PAGE_SIZE = 10;

/**
 * The reports holding every term, from Pagefind's passage counts per report key (one map per
 * term), ranked by how many of their passages hold the terms, then by key so the order of a
 * shared link never changes.
 */
export function reportHits(countsPerTerm: Array<Record<string, number>>): ReportHit[] {
  if (countsPerTerm.length === 0) return [];
  const held = (counts: Record<string, number>) => new Set(Object.keys(counts).filter((k) => counts[k]! > 0));
  const [first, ...rest] = countsPerTerm.map(held);
  const keys = [...first!].filter((k) => rest.every((set) => set.has(k)));
  return keys
    .map((key) => ({ ...readReportKey(key), key, passages: countsPerTerm.reduce((n, counts) => n + counts[key]!, 0) }))
    .sort((a, b) => b.passages - a.passages || (a.key < b.key ? -1 : 1));
}

/** Whether something of a region (a report, a figure) is among the chosen regions. */
export const regionFits = (hit: Pick<ReportKey, 'region'>, narrowing: Narrowing) => narrowing.regions.size === 0 || narrowing.regions.has(hit.region);
const themeFits = (hit: Pick<ReportKey, 'themes'>, narrowing: Narrowing) => narrowing.themes.size === 0 || hit.themes.some((t) => narrowing.themes.has(t));

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

/** Section ids holding the query (Pagefind's counts per `section` of one report), in the report's order. */
export function sectionsHolding(counts: Record<string, number>, toc: Array<[string, string]>): Array<[string, string]> {
  return toc.filter(([id]) => (counts[id] ?? 0) > 0);
}
