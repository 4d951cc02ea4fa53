import type { IndicatorValue } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import { shownValue } from './shown-value.ts';

/** One report's figure for an indicator, as the region page compares it with the one before. */
export interface Reading {
  report: ReportFrontmatter;
  value: IndicatorValue;
}

export interface Change {
  /** `+12%`, `−5%`, `持平`, `+4个百分点`; or why there is none: `口径不同`, `数值不详`. */
  label: string;
  /** The relative change of the per-year figures; null where the label says why there is none. */
  ratio: number | null;
}

const isAnnual = (report: ReportFrontmatter) => report.period.years <= 1;
const known = (value: IndicatorValue) => value.value !== null && !value.uncertain;
const signed = (n: number, unit: string) => (n === 0 ? '持平' : `${n > 0 ? '+' : '−'}${Math.abs(n)}${unit}`);

/**
 * The change from one report's figure to the next one's. Compared only like with like: the
 * same kind (a standing total with a standing total, a flow with a flow, 年均 with 年均), and
 * for what a period accumulates the same kind of period. A five-year review's yearly average
 * is not one year's result, so a review followed by an annual report reads `口径不同`;
 * standing totals are dated counts and compare whatever the periods. Rates compare in
 * percentage points; approximate figures give an approximate change (约).
 */
export function changeBetween(before: Reading, after: Reading): Change {
  if (!known(before.value) || !known(after.value)) return { label: '数值不详', ratio: null };
  const kind = before.value.kind;
  if (kind !== after.value.kind) return { label: '口径不同', ratio: null };
  if (kind !== 'stock' && kind !== 'rate' && isAnnual(before.report) !== isAnnual(after.report)) return { label: '口径不同', ratio: null };
  const approx = before.value.qualifier !== 'exact' || after.value.qualifier !== 'exact' || (kind === 'flow' && !isAnnual(after.report));
  const prefix = approx ? '约' : '';
  if (kind === 'rate') {
    const points = Math.round(after.value.value! - before.value.value!);
    return { label: `${points === 0 ? '' : prefix}${signed(points, '个百分点')}`, ratio: null };
  }
  const from = shownValue(before.value, before.report, 'year', null).number!;
  const to = shownValue(after.value, after.report, 'year', null).number!;
  if (from === 0) return { label: '—', ratio: null };
  const ratio = to / from - 1;
  const percent = Math.round(ratio * 100);
  return { label: percent === 0 ? '持平' : `${prefix}${signed(percent, '%')}`, ratio };
}

/**
 * Each reading with its change from the region's previous reading of the indicator (the
 * nearest earlier report that gives it); the first has none.
 */
export function changesOver(readings: Reading[]): Array<Reading & { change: Change | null }> {
  return readings.map((reading, i) => ({ ...reading, change: i === 0 ? null : changeBetween(readings[i - 1]!, reading) }));
}
