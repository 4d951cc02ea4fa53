import { regionColor } from '../../charts/region-colors.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import { periodLabel, shortRegionName } from '../format/labels.ts';

/** A region and every report of it in the collection. */
export interface Region {
  id: string;
  name: string;
  level: ReportFrontmatter['region']['level'];
  province: string | null;
  /** In time order: by the end of the period, then its start, then catalog order. */
  reports: ReportFrontmatter[];
  /** The region's place among regions (its first report's catalog order): its colour. */
  index: number;
}

/** Earlier periods first; a five-year review ending in 2023 before the annual report of 2023. */
export function byPeriod(a: ReportFrontmatter, b: ReportFrontmatter): number {
  return a.period.end - b.period.end || a.period.start - b.period.start || a.order - b.order;
}

/** The collection's regions in catalog order of their first report, each with its reports in time order. */
export function regionsOf(reports: ReportFrontmatter[]): Region[] {
  const groups = new Map<string, ReportFrontmatter[]>();
  for (const report of [...reports].sort((a, b) => a.order - b.order)) {
    const group = groups.get(report.region.id) ?? [];
    group.push(report);
    groups.set(report.region.id, group);
  }
  return [...groups.values()].map((group, index) => {
    const { region } = group[0]!;
    return { id: region.id, name: region.name, level: region.level, province: region.province ?? null, reports: group.sort(byPeriod), index };
  });
}

/**
 * Reports in the order charts and lists draw them: grouped by region (regions in catalog
 * order), each region's reports in time order, so one region's years stand together.
 */
export function chartOrder(reports: ReportFrontmatter[]): ReportFrontmatter[] {
  return regionsOf(reports).flatMap((region) => region.reports);
}

/** A report's place in its region: its colour's shade and its neighbours in time. */
export interface RegionPlace {
  region: Region;
  /** 0 for the region's earliest report. */
  position: number;
  previous: ReportFrontmatter | null;
  next: ReportFrontmatter | null;
}

export function regionPlaces(reports: ReportFrontmatter[]): Map<string, RegionPlace> {
  const places = new Map<string, RegionPlace>();
  for (const region of regionsOf(reports)) {
    region.reports.forEach((report, position) => {
      places.set(report.id, {
        region,
        position,
        previous: region.reports[position - 1] ?? null,
        next: region.reports[position + 1] ?? null,
      });
    });
  }
  return places;
}

/**
 * How strongly a report's mark is drawn: a region's latest report at full strength, each
 * earlier one lighter, never so light that it disappears on a dark ground.
 */
export function shadeOf(place: Pick<RegionPlace, 'position' | 'region'>): number {
  const behind = place.region.reports.length - 1 - place.position;
  return Math.max(1 - behind * 0.25, 0.4);
}

/** A chart legend's entry: one per region, its colour, and the id `highlight=` takes. */
export interface LegendEntry {
  id: string;
  name: string;
  color: string;
}

/**
 * The legend of a chart drawing `reports`: their regions, once each, coloured as everywhere
 * on the site; and every id `highlight=` accepts there, region ids (all their reports) and
 * report ids (one of them).
 */
export function chartLegend(reports: ReportFrontmatter[], places: ReadonlyMap<string, RegionPlace>): { legend: LegendEntry[]; highlights: string[] } {
  const legend = new Map<string, LegendEntry>();
  for (const report of reports) {
    const { region } = places.get(report.id)!;
    if (!legend.has(region.id)) legend.set(region.id, { id: region.id, name: shortRegionName(region.name), color: regionColor(region.index) });
  }
  return { legend: [...legend.values()], highlights: [...legend.keys(), ...reports.map((r) => r.id)] };
}

/**
 * A report's name on a chart row: the region, and where the region has several reports also
 * the period (`昌黎 · 2024年`), so that two rows of one region never read alike.
 */
export function reportName(report: ReportFrontmatter, place: Pick<RegionPlace, 'region'>): string {
  const name = shortRegionName(report.region.name);
  return place.region.reports.length > 1 ? `${name} · ${periodLabel(report.period)}` : name;
}
