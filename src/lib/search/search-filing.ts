/** What search shows and filters a page by (Pagefind filters and metadata). */
export interface SearchFiling {
  /** 报告, 指标, 主题, 对比, or 说明 for the other pages. */
  type: string;
  regions?: string[];
  themes?: string[];
  /** Shown under each result: region, period, level. */
  meta?: Record<string, string>;
}

/**
 * How much the words of a page other than a report count in search (Pagefind's
 * data-pagefind-weight; body text is 1, an h1 7). Indicator, theme, pair and region pages
 * quote or name what the reports say: a report's own text ranks above them.
 */
export const SECONDARY_PAGE_WEIGHT = '0.1';
