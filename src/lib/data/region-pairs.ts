import type { ReportFrontmatter } from '../../contracts/report.ts';
import { type Region, regionsOf } from './regions.ts';

export interface RegionPair {
  /** `kuitun-vs-changli`: the first region in catalog order comes first. */
  slug: string;
  a: ReportFrontmatter;
  b: ReportFrontmatter;
}

/** Up to this many regions every pair gets a page (66 pages); beyond, pages would grow with the square. */
export const ALL_PAIRS_UP_TO = 12;
/** Beyond that, how many later peers each region is paired with. */
const PEERS = 2;

/**
 * The report that speaks for each region in comparisons: its most recent one (by the end
 * of its period), in the catalog order of the regions.
 */
export function regionReports(reports: ReportFrontmatter[]): ReportFrontmatter[] {
  return regionsOf(reports).map((region) => region.reports.at(-1)!);
}

const peers = (a: ReportFrontmatter, b: ReportFrontmatter) =>
  a.region.level === b.region.level && (a.region.province ?? '') === (b.region.province ?? '');

/**
 * The pairs of regions that get a comparison page, in catalog order: every pair while there
 * are at most ALL_PAIRS_UP_TO regions; in a larger corpus, each region with the next PEERS
 * regions of its level and province, so the pages grow in step with the corpus.
 */
export function regionPairs(reports: ReportFrontmatter[]): RegionPair[] {
  const regions = regionReports(reports);
  const all = regions.length <= ALL_PAIRS_UP_TO;
  return regions.flatMap((a, i) => {
    const later = regions.slice(i + 1);
    const partners = all ? later : later.filter((b) => peers(a, b)).slice(0, PEERS);
    return partners.map((b) => ({ slug: `${a.region.id}-vs-${b.region.id}`, a, b }));
  });
}

/** A pair page's address: the latest reports at the pair's own, another choice below it. */
export function pairPath(pair: RegionPair, latest: boolean): string {
  return latest ? `/compare/${pair.slug}/` : `/compare/${pair.slug}/${pair.a.id}/${pair.b.id}/`;
}

/**
 * The other reports a pair page offers: each earlier report of either region against the
 * other region's latest one. Every report of both regions is one link away, and the pages
 * grow with the reports, not with the product of the two regions' counts.
 */
export function pairAlternatives(pair: RegionPair, regions: ReadonlyMap<string, Region>): RegionPair[] {
  const earlier = (report: ReportFrontmatter) => regions.get(report.region.id)!.reports.filter((r) => r.id !== report.id);
  return [
    ...earlier(pair.a).map((a) => ({ ...pair, a })),
    ...earlier(pair.b).map((b) => ({ ...pair, b })),
  ];
}
