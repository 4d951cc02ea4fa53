import { getCollection } from 'astro:content';
import type { Fact } from '../../contracts/fact.ts';
import type { Indicator, IndicatorValue } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import { reportDays } from './data-date.ts';
import { readFactsData, readIndicatorValues } from './facts-data.ts';
import { type Members, membersByReport } from './members.ts';
import { type Region, type RegionPlace, regionPlaces, regionsOf } from './regions.ts';

export interface SiteData {
  /** In catalog order. */
  reports: ReportFrontmatter[];
  /** In report order, then text order. */
  facts: Fact[];
  /** In taxonomy order. */
  indicators: Indicator[];
  values: IndicatorValue[];
  /** Each report's union membership, where known: the per-member view's denominators. */
  members: Map<string, Members>;
  /** Regions in catalog order of their first report, each with its reports in time order. */
  regions: Region[];
  /** Each report's place among its region's reports, by report id. */
  places: Map<string, RegionPlace>;
  /** The last day each report's data changed, by report id (null where none is recorded). */
  days: Map<string, string | null>;
}

/**
 * Everything the pages compare. Facts and indicators come straight from the pipeline's
 * files, which keep the taxonomy's order; a collection would return them sorted by id.
 */
export async function siteData(): Promise<SiteData> {
  const { facts, indicators } = readFactsData();
  const reports = (await getCollection('reports')).map((r) => r.data).sort((a, b) => a.order - b.order);
  const values = readIndicatorValues();
  return { reports, facts, indicators, values, members: membersByReport(reports, values, facts), regions: regionsOf(reports), places: regionPlaces(reports), days: reportDays(reports, facts) };
}
