import type { PairPage } from '../data/region-pairs.ts';

/** Two reports by id, one of each of a pair page's regions, the first region's first. */
export interface PairChoice {
  a: string;
  b: string;
}

/**
 * The reports a pair URL's `?a=<report>&b=<report>` names: either order, and a side it leaves
 * out is that region's latest report. Null when it names none; `unknown` when a name is not a
 * report of either region, or both are of one (a link never opens what it did not name).
 */
export function pairChoiceFromQuery(search: string, page: Pick<PairPage, 'regions'>): PairChoice | 'unknown' | null {
  const params = new URLSearchParams(search);
  const named = ['a', 'b'].flatMap((key) => params.getAll(key));
  if (named.length === 0) return null;
  const sideOf = (id: string) => page.regions.findIndex((region) => region.reports.some((r) => r.id === id));
  const sides = named.map(sideOf);
  if (named.length > 2 || sides.includes(-1) || new Set(sides).size < sides.length) return 'unknown';
  const pick = (side: number) => named[sides.indexOf(side)] ?? page.regions[side]!.reports.at(-1)!.id;
  return { a: pick(0), b: pick(1) };
}
