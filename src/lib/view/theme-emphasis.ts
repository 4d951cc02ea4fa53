import type { ChartSpec } from '../../charts/chart-spec.ts';
import { heatmapSummary } from './chart-summary.ts';
import { toCsv } from '../downloads/csv.ts';
import { MAX_BARS } from './indicator-bars.ts';
import { THEME_LABELS, THEME_SHORT_LABELS } from '../format/labels.ts';
import type { ThemeShares } from '../data/theme-shares.ts';

export type EmphasisMeasure = 'facts' | 'text';

export const EMPHASIS_TITLES: Record<EmphasisMeasure, string> = {
  facts: '各报告的数字在各主题的占比',
  text: '各报告的文字在各主题的占比',
};

/**
 * The rows the emphasis chart draws: every report while they fit, else the MAX_BARS with
 * the most facts, kept in chart order (one region's reports together); the CSV has them all.
 */
export function emphasisRows(shares: ThemeShares): ThemeShares['rows'] {
  if (shares.rows.length <= MAX_BARS) return shares.rows;
  const top = new Set([...shares.rows].sort((a, b) => b.report.counts.facts - a.report.counts.facts || a.report.order - b.report.order).slice(0, MAX_BARS));
  return shares.rows.filter((r) => top.has(r));
}

export function themeEmphasisSpec(shares: ThemeShares, measure: EmphasisMeasure): ChartSpec {
  const columns = shares.themes.map((t) => THEME_LABELS[t]);
  const rows = emphasisRows(shares).map((r) => ({ region: r.report.region.id, report: r.report.id, name: r.name, shares: r[measure] }));
  return {
    kind: 'heatmap',
    id: `emphasis-${measure}`,
    title: EMPHASIS_TITLES[measure],
    summary: heatmapSummary(rows, columns, EMPHASIS_TITLES[measure]),
    columns,
    shortColumns: shares.themes.map((t) => THEME_SHORT_LABELS[t]),
    rows,
  };
}

export function themeEmphasisCsv(shares: ThemeShares): string {
  return toCsv(
    ['report', 'region', 'theme', 'theme_zh', 'fact_share', 'text_share'],
    shares.rows.flatMap((r) =>
      shares.themes.map((t, i) => [r.report.id, r.report.region.id, t, THEME_LABELS[t], round(r.facts[i]!), round(r.text[i]!)]),
    ),
  );
}

const round = (n: number) => Math.round(n * 10000) / 10000;
