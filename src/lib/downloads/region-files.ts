import { periodLabel } from '../format/labels.ts';
import type { Members } from '../data/members.ts';
import type { Region } from '../data/regions.ts';
import type { RegionIndicator } from '../view/region-series.ts';
import { toCsv } from './csv.ts';

/** regions.csv: one row per region, with how many reports it has and the periods they span. */
export function regionsCsv(regions: Region[]): string {
  const header = ['region', 'region_name', 'level', 'province', 'reports', 'report_ids', 'first_period', 'last_period'];
  return toCsv(
    header,
    regions.map((r) => [
      r.id, r.name, r.level, r.province, r.reports.length, r.reports.map((x) => x.id).join(' '),
      periodLabel(r.reports[0]!.period), periodLabel(r.reports.at(-1)!.period),
    ]),
  );
}

/**
 * A region page's time charts as a table: one row per indicator × report that gives it,
 * with the per-year figure drawn and the change from the region's previous reading: a
 * ratio where the two compare, else the reason in words (口径不同, 数值不详) or, for rates,
 * the change in percentage points. Each row also gives its report's membership where known,
 * so a pair page's per-member figures can be worked out from the two regions' files.
 */
export function regionSeriesCsv(region: Region, series: RegionIndicator[], members: ReadonlyMap<string, Members>): string {
  const header = [
    'region', 'indicator', 'indicator_zh', 'report', 'period_start', 'period_end', 'years',
    'value', 'unit', 'qualifier', 'kind', 'uncertain', 'per_year_shown', 'change_ratio', 'change_note', 'facts', 'review', 'review_date', 'review_reason', 'machine_value', 'members', 'members_year',
  ];
  return toCsv(
    header,
    series.flatMap(({ indicator, readings }) =>
      readings.map(({ report, value, shown, change }) => [
        region.id, indicator.id, indicator.zh, report.id, report.period.start, report.period.end, report.period.years,
        value.value, value.unit, value.qualifier, value.kind, value.uncertain, shown.number, change?.ratio ?? null,
        change && change.ratio === null ? change.label : null,
        value.facts.join(' '), value.review?.status ?? null, value.review?.date ?? null, value.review?.reasons.join('；') || null, value.machineValue, members.get(report.id)?.value ?? null, members.get(report.id)?.year ?? null,
      ]),
    ),
  );
}
