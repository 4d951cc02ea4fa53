import type { ReportFrontmatter } from '../../contracts/report.ts';

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
 * of its period, then by catalog order), in the catalog order of the regions.
 */
export function regionReports(reports: ReportFrontmatter[]): ReportFrontmatter[] {
  const byRegion = new Map<string, ReportFrontmatter>();
  for (const report of [...reports].sort((x, y) => x.order - y.order)) {
    const held = byRegion.get(report.region.id);
    if (!held || report.period.end >= held.period.end) byRegion.set(report.region.id, report);
  }
  const first = new Map<string, number>();
  for (const r of reports) first.set(r.region.id, Math.min(first.get(r.region.id) ?? Infinity, r.order));
  return [...byRegion.values()].sort((x, y) => first.get(x.region.id)! - first.get(y.region.id)!);
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
