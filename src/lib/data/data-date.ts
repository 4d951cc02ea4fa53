import type { Fact } from '../../contracts/fact.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';

type Dated = Pick<ReportFrontmatter, 'id' | 'updated' | 'source' | 'credits'>;

/**
 * The last day each report's data changed, as the data itself records it: the catalog's
 * `updated`, the day its copy was published, and the days of its editors' reviews. Null
 * where none is known. Read from the data, never the clock, so a rebuild writes the same pages.
 */
export function reportDays(reports: readonly Dated[], facts: readonly Pick<Fact, 'report' | 'review'>[]): Map<string, string | null> {
  const reviewed = new Map<string, string>();
  for (const fact of facts) {
    const day = fact.review?.date;
    if (day && day > (reviewed.get(fact.report) ?? '')) reviewed.set(fact.report, day);
  }
  return new Map(
    reports.map((r) => [r.id, latestDay([r.updated, r.source?.published, r.credits.published, reviewed.get(r.id)])]),
  );
}

/** The last day the data of any of `reports` changed (by reportDays' `days`), null for none: a page's date when it draws on several reports. */
export function latestOf(reports: ReadonlyArray<{ id: string }>, days: ReadonlyMap<string, string | null>): string | null {
  return latestDay(reports.map((r) => days.get(r.id)));
}

/** The latest of some days written YYYY-MM-DD (they sort as text), null for none. */
export function latestDay(days: ReadonlyArray<string | null | undefined>): string | null {
  const known = days.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return known.length === 0 ? null : known.reduce((a, b) => (b > a ? b : a));
}
