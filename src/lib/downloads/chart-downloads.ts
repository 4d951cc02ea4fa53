import { indicatorsCsv } from './data-files.ts';
import { indicatorRows } from '../view/indicator-bars.ts';
import { indicatorChart, indicatorViews } from '../view/indicator-chart.ts';
import { pairChart, pairCsv } from '../view/pair-chart.ts';
import { pairComparison } from '../view/pair-comparison.ts';
import { regionPairs } from '../data/region-pairs.ts';
import type { SiteData } from '../data/site-data.ts';
import { themeEmphasisChart, themeEmphasisCsv } from '../view/theme-emphasis.ts';
import { themeShares } from '../data/theme-shares.ts';

/** Width of downloaded charts; PNGs are drawn at twice this. */
export const DOWNLOAD_WIDTH = 720;

export interface ChartDownload {
  /** File name under /charts/, without extension. */
  name: string;
  svg: () => string;
}

export interface CsvDownload {
  name: string;
  csv: () => string;
}

/** Every chart of the site as a file: each view of each indicator, each pair, the theme emphasis. */
export function chartDownloads(data: SiteData): ChartDownload[] {
  const shares = themeShares(data.reports, data.facts);
  return [
    ...data.indicators.flatMap((indicator) => {
      const rows = indicatorRows(indicator.id, data.reports, data.values);
      return indicatorViews(rows).map((view) => ({
        name: `indicator-${indicator.id}-${view.name}`,
        svg: () => indicatorChart(indicator, rows, view, DOWNLOAD_WIDTH, true),
      }));
    }),
    ...regionPairs(data.reports).map((pair) => ({
      name: `compare-${pair.slug}`,
      svg: () => pairChart(pair, pairComparison(pair.a, pair.b, data.indicators, data.values), DOWNLOAD_WIDTH, true),
    })),
    ...(['facts', 'text'] as const).map((measure) => ({
      name: `emphasis-${measure}`,
      svg: () => themeEmphasisChart(shares, measure, DOWNLOAD_WIDTH, true),
    })),
  ];
}

/** The data behind each chart, one CSV per chart (an indicator's views share one). */
export function csvDownloads(data: SiteData): CsvDownload[] {
  return [
    ...data.indicators.map((indicator) => ({
      name: `indicator-${indicator.id}`,
      csv: () => indicatorsCsv([indicator], data.reports, data.values),
    })),
    ...regionPairs(data.reports).map((pair) => ({
      name: `compare-${pair.slug}`,
      csv: () => pairCsv(pair, pairComparison(pair.a, pair.b, data.indicators, data.values), data.values),
    })),
    { name: 'emphasis', csv: () => themeEmphasisCsv(themeShares(data.reports, data.facts)) },
  ];
}
