import { indicatorsCsv } from './data-files.ts';
import { indicatorRows } from '../view/indicator-bars.ts';
import { indicatorChart, indicatorViews } from '../view/indicator-chart.ts';
import { sourceLine } from '../links/site-url.ts';
import { pairChart, pairCsv, pairTitle } from '../view/pair-chart.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import { pairComparison, pairPers, pairSides } from '../view/pair-comparison.ts';
import { regionSeries } from '../view/region-series.ts';
import { regionSeriesCsv } from './region-files.ts';
import { PER_LABELS, type Per, viewStateQuery } from '../view/view-state.ts';
import { pairAlternatives, pairPath, regionPairs } from '../data/region-pairs.ts';
import { periodLabel } from '../format/labels.ts';
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
  /** What the table holds, and the page that charts it: the source note beside the file. */
  title: string;
  page: string;
  reports: ReportFrontmatter[];
  csv: () => string;
}

// What a downloaded chart's figures are, printed under it: it is seen without the page's notes.
const PER_NOTES: Record<Per, string> = {
  year: '折合每年：期内完成量除以报告年数（多年报告为年均值），年均数照录，存量不折算。',
  total: '报告合计：各报告所载数字，时期长短不同。',
  member: '每万名会员：折合每年的数字除以该报告所载或目录注明的会员数，再乘一万。',
};

const viewPath = (path: string, per: Per, scale: 'linear' | 'log' = 'linear') => `${path}${viewStateQuery({ per, scale, highlight: [] })}`;

/** Every chart of the site as a file: each view of each indicator and of each pair, the theme emphasis. */
export function chartDownloads(data: SiteData): ChartDownload[] {
  const shares = themeShares(data.reports, data.facts);
  return [
    ...data.indicators.flatMap((indicator) => {
      const rows = indicatorRows(indicator.id, data.reports, data.values, data.members);
      return indicatorViews(indicator, rows).map((view) => ({
        name: `indicator-${indicator.id}-${view.name}`,
        svg: () =>
          indicatorChart(indicator, rows, view, DOWNLOAD_WIDTH, {
            standalone: true,
            footer: [PER_NOTES[view.per], sourceLine(viewPath(`/indicators/${indicator.id}/`, view.per, view.scale))],
          }),
      }));
    }),
    ...regionPairs(data.reports).flatMap((pair) => {
      const comparison = pairComparison(pair.a, pair.b, data.indicators, data.values);
      const sides = pairSides(pair, data.members, data.places);
      return pairPers(comparison, sides).map((per) => ({
        name: `compare-${pair.slug}-${per}-linear`,
        svg: () =>
          pairChart(pair, comparison, sides, per, DOWNLOAD_WIDTH, {
            standalone: true,
            footer: [`${PER_LABELS[per]}。${PER_NOTES[per]}`, sourceLine(viewPath(`/compare/${pair.slug}/`, per))],
          }),
      }));
    }),
    ...(['facts', 'text'] as const).map((measure) => ({
      name: `emphasis-${measure}`,
      svg: () => themeEmphasisChart(shares, measure, DOWNLOAD_WIDTH, [sourceLine('/')]),
    })),
  ];
}

/** The data behind each chart, one CSV per chart (an indicator's views share one). */
export function csvDownloads(data: SiteData): CsvDownload[] {
  const regions = new Map(data.regions.map((r) => [r.id, r]));
  return [
    ...data.indicators.map((indicator) => ({
      name: `indicator-${indicator.id}`,
      title: `${indicator.zh}：各报告数值`,
      page: `/indicators/${indicator.id}/`,
      reports: data.reports,
      csv: () => indicatorsCsv([indicator], data.reports, data.values, data.members),
    })),
    ...regionPairs(data.reports).flatMap((latest) =>
      [latest, ...pairAlternatives(latest, regions)].map((pair) => ({
        name: pair === latest ? `compare-${pair.slug}` : `compare-${pair.slug}-${pair.a.id}-${pair.b.id}`,
        title: `${pairTitle(pair)}：两地报告的指标数值（${periodLabel(pair.a.period)}与${periodLabel(pair.b.period)}）`,
        page: pairPath(pair, pair === latest),
        reports: [pair.a, pair.b],
        csv: () => pairCsv(pair, pairComparison(pair.a, pair.b, data.indicators, data.values), data.values, data.members),
      })),
    ),
    ...data.regions.map((region) => ({
      name: `region-${region.id}`,
      title: `${region.name}：各报告的指标数字与变化`,
      page: `/regions/${region.id}/`,
      reports: region.reports,
      csv: () => regionSeriesCsv(region, regionSeries(region, data.indicators, data.values)),
    })),
    { name: 'emphasis', title: '各报告的数字与文字在各主题的占比', page: '/', reports: data.reports, csv: () => themeEmphasisCsv(themeShares(data.reports, data.facts)) },
  ];
}
