/** The site as the author of its pages, in every citation. */
export const SITE_NAME = '工会工作报告对比';

/** Shown where the reader's day of access goes until their browser fills it in. */
export const ACCESS_PLACEHOLDER = '引用日期';

export const CITE_STYLES = ['GB/T 7714', 'APA'] as const;
export type CiteStyle = (typeof CITE_STYLES)[number];

export interface CitedPage {
  title: string;
  /** The day the page's data last changed, YYYY-MM-DD; null where the data records none. */
  updated: string | null;
}

/**
 * A citation split where the reader's day of access and the address go: the page carries
 * `before`, the placeholder, `between`, the page's address and `after`, and the reader's
 * browser writes in the day (accessDay) and the address with its view, so that a rebuild
 * writes the same page.
 */
export interface Citation {
  style: CiteStyle;
  before: string;
  between: string;
  after: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const parts = (day: string) => day.split('-').map(Number) as [number, number, number];

/** A day as the style writes it: `2026-12-07` in GB/T 7714, `December 7, 2026` in APA. */
export function accessDay(style: CiteStyle, day: string): string {
  if (style === 'GB/T 7714') return day;
  const [year, month, date] = parts(day);
  return `${MONTHS[month - 1]} ${date}, ${year}`;
}

/** The date of the page in APA's form: `(2026, December 7)`, or `(n.d.)`. */
function apaDate(day: string | null): string {
  if (day === null) return '(n.d.)';
  const [year, month, date] = parts(day);
  return `(${year}, ${MONTHS[month - 1]} ${date})`;
}

/**
 * GB/T 7714-2015 for an online page (`[EB/OL]`, its date of change in round brackets and
 * the day of access in square ones) and APA 7 for a web page whose content changes (with
 * a retrieval day).
 */
export function citations(page: CitedPage): Citation[] {
  const changed = page.updated === null ? '' : `(${page.updated})`;
  return [
    { style: 'GB/T 7714', before: `${SITE_NAME}. ${page.title}[EB/OL]. ${changed}[`, between: ']. ', after: '.' },
    { style: 'APA', before: `${SITE_NAME}. ${apaDate(page.updated)}. ${page.title}. Retrieved `, between: ', from ', after: '' },
  ];
}
