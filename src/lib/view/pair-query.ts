import { type PairChoice, type PairPage, latestChoice } from '../data/region-pairs.ts';

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
  const latest = latestChoice(page);
  return { a: named[sides.indexOf(0)] ?? latest.a, b: named[sides.indexOf(1)] ?? latest.b };
}
