import type { Theme } from './fact-values.ts';

/** What the search page groups, counts and filters report passages by, carried in each passage's `report` filter. */
export interface ReportKey {
  id: string;
  /** The region's full name. */
  region: string;
  /** The themes the report writes about. */
  themes: Theme[];
}

/** A report's key as a Pagefind filter value: one value per report, read back by readReportKey. */
export function reportKey(key: ReportKey): string {
  return JSON.stringify([key.id, key.region, key.themes]);
}

export function readReportKey(value: string): ReportKey {
  const [id, region, themes] = JSON.parse(value) as [string, string, Theme[]];
  return { id, region, themes };
}
