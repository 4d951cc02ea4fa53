import { comparedIndicators, givenIndicators } from '../data/indicator-reach.ts';
import { barChart } from '../../charts/bar-chart.ts';
import { ogCard } from '../../charts/og-card.ts';
import { regionColor } from '../../charts/region-colors.ts';
import { indicatorRows, rowShown } from '../view/indicator-bars.ts';
import { indicatorChart, indicatorViews, viewLabel } from '../view/indicator-chart.ts';
import { LEVEL_LABELS, THEME_LABELS, periodLabel, shortRegionName } from '../format/labels.ts';
import { pairChart, pairTitle } from '../view/pair-chart.ts';
import { builtPairView } from '../view/pair-view.ts';
import { followed, regionSeries } from '../view/region-series.ts';
import { PER_LABELS } from '../view/view-state.ts';
import { headlineIndicators } from '../data/headline.ts';
import { regionPairs } from '../data/region-pairs.ts';
import type { SiteData } from '../data/site-data.ts';
import { themesWithFacts } from '../data/themes.ts';

export interface OgImage {
  /** Path under /og/, without `.png`. */
  path: string;
  svg: () => string;
}

// Drawn at page size and scaled up, so its labels stay legible in a thumbnail.
const CHART_WIDTH = 720;
/** Bars a preview's chart keeps: more would be scaled down past reading in a thumbnail. */
const PREVIEW_BARS = 8;

/** The Open Graph image of every page that has its own: indicators, themes, pairs, reports, and the site's. */
export function ogImages(data: SiteData): OgImage[] {
  const images: OgImage[] = [
    { path: 'site', svg: () => ogCard({ title: '各地工会工作报告对比', subtitle: `${data.reports.length}份报告 · ${data.facts.length}个数字 · ${comparedIndicators(data.indicators, data.values).length}项可比指标` }) },
  ];
  // One image per page, of the view the page opens with: a static host serves the same page,
  // and so the same og:image, whatever view a shared link's query names.
  for (const indicator of givenIndicators(data.indicators, data.values)) {
    const rows = indicatorRows(indicator.id, data.reports, data.values, data.members);
    const mentioned = rows.filter((r) => r.value).length;
    const largest = mentioned > PREVIEW_BARS ? ` · 图为最大的${PREVIEW_BARS}个` : '';
    const view = indicatorViews(indicator, rows)[0]!;
    images.push({
      path: `indicators/${indicator.id}`,
      svg: () =>
        ogCard({
          title: indicator.zh,
          subtitle: `${mentioned}份报告提到 · ${viewLabel(view)}${largest}`,
          chart: indicatorChart(indicator, rows, view, CHART_WIDTH, PREVIEW_BARS),
        }),
    });
  }
  for (const theme of themesWithFacts(data.facts)) {
    const facts = data.facts.filter((f) => f.theme === theme);
    const byReport = Map.groupBy(facts, (f) => f.report);
    const count = (id: string) => byReport.get(id)?.length ?? 0;
    // The reports with most figures, in catalog order.
    const most = new Set([...data.reports].sort((a, b) => count(b.id) - count(a.id)).slice(0, PREVIEW_BARS));
    const shown = data.reports.filter((r) => most.has(r));
    images.push({
      path: `themes/${theme}`,
      svg: () =>
        ogCard({
          title: THEME_LABELS[theme],
          subtitle: `各报告中的${facts.length}个数字${shown.length < data.reports.length ? ` · 图为最多的${PREVIEW_BARS}份报告` : ''}`,
          chart: barChart(
            shown.map((r) => {
              const n = count(r.id);
              return { region: r.region.id, name: shortRegionName(r.region.name), note: periodLabel(r.period), color: regionColor(data.places.get(r.id)!.region.index), value: n, label: `${n}个数字` };
            }),
            { id: 'og', title: THEME_LABELS[theme], scale: 'linear', width: CHART_WIDTH },
          ),
        }),
    });
  }
  for (const pair of regionPairs(data.reports)) {
    const { view } = builtPairView(pair, data);
    const { comparison, sides } = view;
    const per = view.pers[0]!;
    images.push({
      path: `compare/${pair.slug}`,
      svg: () =>
        ogCard({
          title: pairTitle(pair),
          subtitle: `${comparison.shared.length}项共同指标 · ${PER_LABELS[per]}`,
          chart: pairChart(pair, comparison, sides, per, CHART_WIDTH, { rows: 4 }),
        }),
    });
  }
  // A report's card leads with the figures most reports give, so its preview compares at a glance.
  const leading = headlineIndicators(data.indicators, data.values, data.indicators.length);
  for (const report of data.reports) {
    const figures = leading.flatMap((indicator) => {
      const row = indicatorRows(indicator.id, [report], data.values, data.members)[0]!;
      const shown = row.value ? rowShown(row, 'total') : null;
      return shown && shown.number !== null ? [{ label: indicator.zh, value: shown.short }] : [];
    });
    images.push({
      path: `reports/${report.id}`,
      svg: () =>
        ogCard({
          title: report.title,
          subtitle: `${report.region.name} · ${LEVEL_LABELS[report.region.level]} · ${periodLabel(report.period)} · ${report.counts.facts}个数字`,
          figures: figures.slice(0, 4),
        }),
    });
  }
  // A region's card: its reports' span and, for the indicators it follows over time, the latest change.
  for (const region of data.regions) {
    const series = regionSeries(region, data.indicators, data.values);
    const changes = followed(series).flatMap(({ indicator, readings }) => {
      const last = readings.at(-1)!;
      return last.change?.ratio != null ? [{ label: `${indicator.zh}（${periodLabel(last.report.period)}）`, value: `${last.shown.short}，${last.change.label}` }] : [];
    });
    const figures = changes.length > 0 ? changes : series.map(({ indicator, readings }) => ({ label: indicator.zh, value: readings.at(-1)!.shown.short }));
    images.push({
      path: `regions/${region.id}`,
      svg: () =>
        ogCard({
          title: region.name,
          subtitle: `${LEVEL_LABELS[region.level]} · ${region.reports.length}份报告 · ${region.reports.map((r) => periodLabel(r.period)).join('、')}`,
          figures: figures.slice(0, 4),
        }),
    });
  }
  return images;
}
