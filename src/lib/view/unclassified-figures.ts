import type { Fact } from '../../contracts/fact.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';

/** A report's figures that may count for an indicator but were not charted for it. */
export interface UnclassifiedReport {
  report: ReportFrontmatter;
  /** In text order. */
  facts: Fact[];
}

/**
 * The reports with figures whose evidence for the indicator was too weak to chart (their
 * `candidate`), in the reports' order: an indicator's page names them, so a reader sees
 * where a missing bar may have a figure behind it.
 */
export function unclassifiedFigures(indicator: string, reports: ReportFrontmatter[], facts: Fact[]): UnclassifiedReport[] {
  const byReport = Map.groupBy(
    facts.filter((f) => f.candidate === indicator),
    (f) => f.report,
  );
  return reports.flatMap((report) => {
    const mine = byReport.get(report.id);
    return mine ? [{ report, facts: mine }] : [];
  });
}
