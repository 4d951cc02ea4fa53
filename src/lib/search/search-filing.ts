/** What search shows and filters a page by (Pagefind filters and metadata). */
export interface SearchFiling {
  /** 报告, 指标, 主题, 对比, or 说明 for the other pages. */
  type: string;
  regions?: string[];
  themes?: string[];
  /** Shown under each result: region, period, level. */
  meta?: Record<string, string>;
}
