import type { Fact, Qualifier } from '../../contracts/fact.ts';
import type { IndicatorValue } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import { factById, findValue } from './lookup.ts';

/** The indicator of a union's standing membership: the denominator of rates per member. */
export const MEMBERS_INDICATOR = 'union-members';

/** The membership a report's figures are divided by in the per-member view, and where it is stated. */
export interface Members {
  value: number;
  qualifier: Qualifier;
  /** The year the membership stood at. */
  year: number;
  /** The sentence of the report that states it, or the catalog's source. */
  source: string;
  /** The report's fact, when the report states it itself. */
  fact: string | null;
}

/**
 * A report's union membership: the catalog's denominator where an editor gave one (a
 * deliberate choice wins), else the standing total the report states itself. None when
 * neither exists or the report's figure is damaged: a rate is never guessed.
 */
export function reportMembers(report: ReportFrontmatter, values: readonly IndicatorValue[], facts: readonly Fact[]): Members | null {
  const catalogued = report.denominators?.members;
  if (catalogued) return { value: catalogued.value, qualifier: 'exact', year: catalogued.year, source: catalogued.source, fact: null };
  const stated = findValue(values, MEMBERS_INDICATOR, report.id);
  if (!stated || stated.value === null || stated.uncertain || stated.kind !== 'stock' || stated.value <= 0) return null;
  const fact = factById(facts, stated.facts[0]!);
  return { value: stated.value, qualifier: stated.qualifier, year: report.period.end, source: fact.sentence, fact: fact.id };
}

export function membersByReport(reports: readonly ReportFrontmatter[], values: readonly IndicatorValue[], facts: readonly Fact[]): Map<string, Members> {
  const out = new Map<string, Members>();
  for (const report of reports) {
    const members = reportMembers(report, values, facts);
    if (members) out.set(report.id, members);
  }
  return out;
}
