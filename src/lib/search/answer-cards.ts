import type { IndicatorValue } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import { periodLabel, shortRegionName, statedLabel } from '../format/labels.ts';
import { matchKey } from './search-query.ts';

/** A figure as an answer: `奎屯 2025年 · 追回欠薪 44.9万元 →`, linking to the fact in its report. */
export interface AnswerCard {
  /** The region's full name, to narrow by. */
  region: string;
  report: string;
  indicator: string;
  value: string;
  /** Site path of the fact's first mention. */
  path: string;
}

/** Every report's figure for one indicator, in the order the values come (catalog order). */
export function answerCards(indicator: { id: string; zh: string }, values: IndicatorValue[], reports: ReportFrontmatter[]): AnswerCard[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  return values
    .filter((v) => v.indicator === indicator.id && byId.has(v.report))
    .map((v) => {
      const report = byId.get(v.report)!;
      return {
        region: report.region.name,
        report: `${shortRegionName(report.region.name)} ${periodLabel(report.period)}`,
        indicator: indicator.zh,
        value: statedLabel(v),
        path: `/reports/${v.report}/#${v.facts[0]}`,
      };
    });
}

/**
 * The indicators a query asks about: those whose name holds one of its terms (`欠薪` asks
 * about 追回欠薪 and 追回欠薪涉及职工) or is held by one (`全年追回欠薪` about 追回欠薪).
 */
export function indicatorsAsked(terms: string[], vocabulary: Array<[string, string]>): string[] {
  const keys = terms.map(matchKey).filter((k) => k.length >= 2);
  return vocabulary.filter(([, zh]) => keys.some((k) => matchKey(zh).includes(k) || k.includes(matchKey(zh)))).map(([id]) => id);
}
