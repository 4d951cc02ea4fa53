import type { ReportFrontmatter } from '../schemas/report.ts';

export interface RegionPair {
  /** `kuitun-vs-changli`: the first region in catalog order comes first. */
  slug: string;
  a: ReportFrontmatter;
  b: ReportFrontmatter;
}

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
  return [...byRegion.values()].sort(
    (x, y) => firstOrder(reports, x.region.id) - firstOrder(reports, y.region.id),
  );
}

function firstOrder(reports: ReportFrontmatter[], region: string): number {
  return Math.min(...reports.filter((r) => r.region.id === region).map((r) => r.order));
}

/** Every pair of regions once, in catalog order. */
export function regionPairs(reports: ReportFrontmatter[]): RegionPair[] {
  const regions = regionReports(reports);
  return regions.flatMap((a, i) => regions.slice(i + 1).map((b) => ({ slug: `${a.region.id}-vs-${b.region.id}`, a, b })));
}
