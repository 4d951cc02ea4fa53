import type { FactsData, PublishedReport } from '../../contracts/facts-data.ts';
import type { Indicator, IndicatorValue } from '../../contracts/indicator.ts';
import { toCsv } from './csv.ts';
import { findValue } from '../data/lookup.ts';
import type { Members } from '../data/members.ts';

const FACT_COLUMNS = [
  'id', 'report', 'region', 'text', 'value', 'unit', 'qualifier', 'kind', 'perYear', 'years', 'what',
  'sentence', 'section', 'theme', 'indicator', 'candidate', 'candidateReason', 'uncertain', 'uncertainReason', 'url',
] as const;

// An editor's review of a fact, flattened: empty cells for the machine's reading alone.
const REVIEW_COLUMNS = ['review', 'reviewer', 'review_date', 'review_reason', 'machine_indicator', 'machine_value'] as const;

/** facts.csv: one row per fact, the columns of facts.json, its review spelled out in columns of their own. */
export function factsCsv(data: FactsData): string {
  return toCsv(
    [...FACT_COLUMNS, ...REVIEW_COLUMNS],
    data.facts.map((f) => {
      const r = f.review;
      return [...FACT_COLUMNS.map((c) => f[c] ?? null), r?.decision ?? null, r?.reviewer ?? null, r?.date ?? null, r?.reason ?? null, r?.machine ? r.machine.indicator : null, r?.machine ? r.machine.value : null];
    }),
  );
}

type ReportRef = Pick<PublishedReport, 'id' | 'region' | 'period'>;

/**
 * indicators.csv: one row per indicator × report that mentions it. A report without a row
 * does not mention the indicator: every report is in regions.csv (report_ids) and facts.json,
 * and the indicator's page names those that do not. At a thousand reports the rows saying
 * so were two thirds of the file. `mentioned` stays, always true, so that tables read from
 * the earlier file (which had `false` rows) still read. A chart's CSV is the same table for its indicator.
 */
export function indicatorsCsv(
  indicators: Indicator[],
  reports: ReportRef[],
  values: IndicatorValue[],
  members: ReadonlyMap<string, Members> = new Map(),
): string {
  const header = [
    'indicator', 'indicator_zh', 'indicator_en', 'family', 'unit_class', 'indicator_kind', 'report', 'region', 'region_name',
    'level', 'period_start', 'period_end', 'years', 'mentioned', 'value', 'text', 'per_year', 'unit', 'qualifier', 'kind', 'uncertain', 'facts',
    'review', 'review_date', 'review_reason', 'machine_value', 'members', 'members_year', 'members_source',
  ];
  const rows = indicators.flatMap((ind) =>
    reports.flatMap((r) => {
      const v = findValue(values, ind.id, r.id);
      if (!v) return [];
      return [[
        ind.id, ind.zh, ind.en, ind.family, ind.unitClass, ind.kind, r.id, r.region.id, r.region.name, r.region.level,
        r.period.start, r.period.end, r.period.years,
        true, v.value, v.text ?? null, v.perYear, v.unit, v.qualifier, v.kind, v.uncertain, v.facts.join(' '), v.review?.status ?? null, v.review?.date ?? null, v.review?.reasons.join('；') || null, v.machineValue,
        ...membersCells(members.get(r.id)),
      ]];
    }),
  );
  return toCsv(header, rows);
}

/** The per-member view's denominator: its figure, year, and the fact or catalog source it comes from. */
function membersCells(members: Members | undefined): Array<string | number | null> {
  if (!members) return [null, null, null];
  return [members.value, members.year, members.fact ?? members.source];
}
