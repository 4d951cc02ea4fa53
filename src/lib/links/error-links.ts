import { errorReportTemplate, errorReportUrl } from '../../contracts/error-report.ts';
import type { Fact } from '../../contracts/fact.ts';

// Long sentences are cut so an address stays within what browsers and mail programs take.
const SENTENCE_ROOM = 200;

/** The build's ERROR_REPORT_URL, checked; null when unset and no link is shown. */
export function errorTemplate(): string | null {
  return errorReportTemplate(process.env.ERROR_REPORT_URL);
}

/** A report of a wrong figure, prefilled with its address, the figure, its sentence and how the site read it. */
export function figureErrorLink(template: string, fact: Pick<Fact, 'text' | 'sentence'>, address: string, reading: string): string {
  const sentence = fact.sentence.length > SENTENCE_ROOM ? `${fact.sentence.slice(0, SENTENCE_ROOM)}…` : fact.sentence;
  return errorReportUrl(template, `数字有误：${fact.text}`, `页面：${address}\n数字：${fact.text}\n原句：${sentence}\n本站读作：${reading}\n\n问题：`);
}

/** A report about a page as a whole, prefilled with its title and address. */
export function pageErrorLink(template: string, title: string, address: string): string {
  return errorReportUrl(template, `页面有误：${title}`, `页面：${address}\n\n问题：`);
}
