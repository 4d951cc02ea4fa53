import type { IndicatorValue } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import { valuesOf } from './lookup.ts';
import type { Members } from './members.ts';

/** What a comparison shows of a report beside its figures: which, whose, when, how many figures. */
export type ReportRef = Pick<ReportFrontmatter, 'id' | 'region' | 'period'> & { counts: Pick<ReportFrontmatter['counts'], 'facts'> };

/**
 * A report's comparable figures and the membership its per-member figures divide by: what
 * `/data/reports/<report>.json` holds, so a pair page can compare any two reports of its
 * regions in the reader's browser exactly as it compares the latest two at build time.
 */
export interface ReportFigures {
  report: ReportRef;
  members: Members | null;
  values: IndicatorValue[];
}

/** One report's figures out of the site's. */
export function reportFigures(report: ReportFrontmatter, values: readonly IndicatorValue[], members: ReadonlyMap<string, Members>): ReportFigures {
  const { id, region, period, counts } = report;
  return {
    report: { id, region, period, counts: { facts: counts.facts } },
    members: members.get(id) ?? null,
    values: valuesOf(values, id),
  };
}
