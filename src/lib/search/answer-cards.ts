import type { IndicatorValue } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import { periodLabel, shortRegionName, statedLabel } from '../format/labels.ts';
import { reviewShort } from '../format/review-labels.ts';
import { sumLabel } from '../format/sum-note.ts';
import { matchKey } from './search-query.ts';

/** A figure as an answer: `奎屯 2025年 · 追回欠薪 44.9万元 →`, linking to the fact in its report. */
export interface AnswerCard {
  /** The region's full name, to narrow by. */
  region: string;
  report: string;
  indicator: string;
  value: string;
  /** Whether an editor checked it: 已核对, 编辑更正 or 未核对. */
  review: string;
  /** Site path of the fact's first mention. */
  path: string;
}

/**
 * `/search/answers/<indicator>.json`: every report's figure for one indicator, in the order the
 * values come (catalog order). The indicator is named once for all its cards: at a thousand
 * reports, naming it in each was nearly a quarter of the files.
 */
export interface AnswerFile {
  indicator: string;
  cards: Array<Omit<AnswerCard, 'indicator'>>;
}

export function answerFile(indicator: { id: string; zh: string }, values: IndicatorValue[], reports: ReportFrontmatter[]): AnswerFile {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const cards = values
    .filter((v) => v.indicator === indicator.id && byId.has(v.report))
    .map((v) => {
      const report = byId.get(v.report)!;
      return {
        region: report.region.name,
        report: `${shortRegionName(report.region.name)} ${periodLabel(report.period)}`,
        value: sumLabel(v) ? `${statedLabel(v)}（${sumLabel(v)}）` : statedLabel(v),
        review: reviewShort(v),
        path: `/reports/${v.report}/#${v.facts[0]}`,
      };
    });
  return { indicator: indicator.zh, cards };
}

/** The cards of an answer file, each naming its indicator as the search page shows it. */
export function answerCards(file: AnswerFile): AnswerCard[] {
  return file.cards.map((card) => ({ ...card, indicator: file.indicator }));
}

/**
 * The indicators a query asks about: those whose name holds one of its terms (`欠薪` asks
 * about 追回欠薪 and 追回欠薪涉及职工) or is held by one (`全年追回欠薪` about 追回欠薪).
 */
export function indicatorsAsked(terms: string[], vocabulary: Array<[string, string]>): string[] {
  const keys = terms.map(matchKey).filter((k) => k.length >= 2);
  return vocabulary.filter(([, zh]) => keys.some((k) => matchKey(zh).includes(k) || k.includes(matchKey(zh)))).map(([id]) => id);
}
