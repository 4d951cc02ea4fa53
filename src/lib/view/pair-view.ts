import type { ChartVariant } from '../../charts/chart-spec.ts';
import { type PairPage, type RegionPair, choicePath, latestChoice, pairPage, sameChoice } from '../data/region-pairs.ts';
import { type ReportFigures, reportFigures } from '../data/report-figures.ts';
import type { SiteData } from '../data/site-data.ts';
import { chartFooter } from './chart-footer.ts';
import { pairSpec } from './pair-chart.ts';
import { type PairComparison, type PairSide, pairComparison, pairPers } from './pair-comparison.ts';
import type { Per } from './view-state.ts';

/** What a pair chart's bars mean, beside it on its page and its embed. */
export const PAIR_NOTE =
  '每行按两地中较大的数字定长，行与行之间不可比。默认“折合每年”：期内完成量除以报告年数，年均数照录，存量不折算并注明截至年份；“报告合计”为报告所载；“每万名会员”按各自报告的会员数折算，缺会员数的不列。';

/** A pair page showing two reports: at build time the latest two, in the browser any two its query names. */
export interface PairView {
  /** Both are their regions' latest reports: the page as built. */
  latest: boolean;
  sides: [PairSide, PairSide];
  comparison: PairComparison;
  /** The chart's views, per year first. */
  pers: Per[];
  /** The address that reopens this choice. */
  path: string;
}

/** Two reports, one of each of the page's regions (the first region's first), compared. */
export function pairView(page: PairPage, a: ReportFigures, b: ReportFigures): PairView {
  const [first, second] = page.regions;
  const choice = { a: a.report.id, b: b.report.id };
  const sides: [PairSide, PairSide] = [
    { report: a.report, members: a.members, color: first.color },
    { report: b.report, members: b.members, color: second.color },
  ];
  const comparison = pairComparison(a.report, b.report, page.indicators, [...a.values, ...b.values]);
  return { latest: sameChoice(choice, latestChoice(page)), sides, comparison, pers: pairPers(comparison, sides), path: choicePath(page, choice) };
}

/** A pair page as built, and the comparison of its regions' latest reports. */
export function builtPairView(pair: RegionPair, data: Pick<SiteData, 'places' | 'indicators' | 'values' | 'members'>): { page: PairPage; view: PairView } {
  const page = pairPage(pair, data.places, data.indicators, data.values);
  return { page, view: pairView(page, reportFigures(pair.a, data.values, data.members), reportFigures(pair.b, data.values, data.members)) };
}

/** The chart's views of the shared indicators, each with the address under its download. */
export function pairVariants(view: PairView): ChartVariant[] {
  const pair = { a: view.sides[0].report, b: view.sides[1].report };
  return view.pers.map((per) => ({ view: `${per}-linear`, spec: pairSpec(pair, view.comparison, view.sides, per), footer: chartFooter(view.path, per) }));
}

/** Name of the chart's downloaded images, `{view}` for the view: the pair, and the reports unless they are the latest. */
export function pairDownloadName(page: PairPage, view: PairView): string {
  const reports = view.latest ? '' : `-${view.sides[0].report.id}-${view.sides[1].report.id}`;
  return `compare-${page.slug}${reports}-{view}`;
}
