import { givenIndicators } from '../data/indicator-reach.ts';
import { indicatorsCsv } from './data-files.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import { regionSeries } from '../view/region-series.ts';
import { regionSeriesCsv } from './region-files.ts';
import type { SiteData } from '../data/site-data.ts';
import { themeEmphasisCsv } from '../view/theme-emphasis.ts';
import { themeShares } from '../data/theme-shares.ts';

export interface CsvDownload {
  name: string;
  /** What the table holds, and the page that charts it: the source note beside the file. */
  title: string;
  page: string;
  reports: ReportFrontmatter[];
  csv: () => string;
  /** What the table leaves out, for its source note. */
  note?: string;
}

const UNMENTIONED_NOTE = '只列出提到该指标的报告；未提及的报告不列行，全部报告见 data/regions.csv（report_ids 列）。';

/** The data behind each chart, one CSV per chart (an indicator's views share one; a pair page links its two regions'). */
export function csvDownloads(data: SiteData): CsvDownload[] {
  const mentioning = new Map<string, Set<string>>();
  for (const v of data.values) mentioning.set(v.indicator, (mentioning.get(v.indicator) ?? new Set()).add(v.report));
  return [
    ...givenIndicators(data.indicators, data.values).map((indicator) => ({
      name: `indicator-${indicator.id}`,
      title: `${indicator.zh}：各报告数值`,
      page: `/indicators/${indicator.id}/`,
      // The sources, and the rows, are the reports that mention it.
      reports: data.reports.filter((r) => mentioning.get(indicator.id)?.has(r.id)),
      csv: () => indicatorsCsv([indicator], data.reports, data.values, data.members),
      note: UNMENTIONED_NOTE,
    })),
    ...data.regions.map((region) => ({
      name: `region-${region.id}`,
      title: `${region.name}：各报告的指标数字与变化`,
      page: `/regions/${region.id}/`,
      reports: region.reports,
      csv: () => regionSeriesCsv(region, regionSeries(region, data.indicators, data.values), data.members),
    })),
    { name: 'emphasis', title: '各报告的数字与文字在各主题的占比', page: '/', reports: data.reports, csv: () => themeEmphasisCsv(themeShares(data.reports, data.facts)) },
  ];
}
