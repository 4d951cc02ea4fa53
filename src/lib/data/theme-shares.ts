import { THEMES, type Fact, type Theme } from '../../contracts/fact.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import { chartOrder, regionPlaces, reportName } from './regions.ts';

export interface ThemeShares {
  themes: Theme[];
  /** In chart order: one region's reports together, earlier first; `name` as chart rows print it. */
  rows: Array<{ report: ReportFrontmatter; name: string; facts: number[]; text: number[] }>;
}

/**
 * How each report divides its attention: the share of its facts and of its running text
 * per theme. Themes no report touches are left out.
 */
export function themeShares(reports: ReportFrontmatter[], facts: Fact[]): ThemeShares {
  const byReport = Map.groupBy(facts, (f) => f.report);
  const places = regionPlaces(reports);
  const counts = chartOrder(reports).map((report) => {
    const own = byReport.get(report.id) ?? [];
    return { report, facts: THEMES.map((t) => own.filter((f) => f.theme === t).length), text: THEMES.map((t) => report.themeText[t]) };
  });
  const used = THEMES.filter((_, i) => counts.some((c) => c.facts[i]! > 0 || c.text[i]! > 0));
  const share = (values: number[]) => {
    const total = values.reduce((a, b) => a + b, 0);
    return used.map((t) => (total === 0 ? 0 : values[THEMES.indexOf(t)]! / total));
  };
  return { themes: used, rows: counts.map((c) => ({ report: c.report, name: reportName(c.report, places.get(c.report.id)!), facts: share(c.facts), text: share(c.text) })) };
}
