import type { Bound } from '../../charts/bounds.ts';
import { formatCompact, formatExact } from '../../charts/format-number.ts';
import type { Qualifier } from '../../contracts/fact.ts';
import type { IndicatorValue } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import type { Members } from '../data/members.ts';
import { valueLabel } from '../format/labels.ts';
import type { Per } from './view-state.ts';

/** A report's figure as one view shows it. */
export interface Shown {
  /** What the bar measures; null when the view has no figure for the report (the label says why). */
  number: number | null;
  /** For tables and tooltips, every digit: `约9920万元/年`, `433家（截至2023年）`. */
  label: string;
  /** For bar ends: four significant digits. */
  short: string;
  bound: Bound;
}

const BOUNDS: Record<Qualifier, Bound> = { exact: null, approx: null, 'approx-more': 'lower', 'at-least': 'lower', 'approx-less': 'upper' };

const none = (why: string): Shown => ({ number: null, label: why, short: why, bound: null });

/**
 * A rate of an approximate membership is approximate whatever the numerator, and an average
 * of an exact figure is an average (约); a bounded figure keeps its bound.
 */
function qualifierOf(value: IndicatorValue, averaged: boolean, members: Members | null): Qualifier {
  if (members && members.qualifier !== 'exact') return 'approx';
  return averaged && value.qualifier === 'exact' ? 'approx' : value.qualifier;
}

/**
 * A report's figure in a view. Per year: flows divided by the report's years (by those from
 * the year their sentence dates them to, which the label notes: `2022年起，按3年折算`), yearly figures
 * (年均/每年) as they are, standing totals never divided. Totals: yearly figures have no
 * total and get none. Per member: the per-year figure (or the standing total) per 万 members
 * of the report's own membership; without one, none, never guessed. Damaged figures are unknown.
 */
export function shownValue(value: IndicatorValue, report: Pick<ReportFrontmatter, 'period'>, per: Per, members: Members | null): Shown {
  if (value.value === null || value.uncertain) return none('数值不详（原文受损或存疑）');
  if (per === 'member' && !members) return none('无会员数');
  if (value.kind === 'rate') return per === 'member' ? none('比率不按会员折算') : label(value.value, value, false, null, '');
  if (value.kind === 'per-unit' && per === 'total') return none('只有年均数');
  const stock = value.kind === 'stock';
  const yearly = value.kind === 'per-unit';
  const spread = !stock && !yearly && per !== 'total';
  const years = value.years ?? report.period.years;
  const divided = spread && years > 1;
  let number = divided ? (value.perYear ?? value.value / years) : value.value;
  if (per === 'member') number = (number / members!.value) * 1e4;
  const averaged = divided || per === 'member';
  const perMember = per === 'member' ? '/万名会员' : '';
  const until = `（截至${members && per === 'member' ? members.year : report.period.end}年）`;
  const dated = spread && value.years !== undefined ? `（${report.period.end - value.years + 1}年起，按${value.years}年折算）` : '';
  const suffix = stock ? `${perMember}${until}` : yearly ? perMember : per === 'total' ? '' : `${perMember}${perMember ? '·' : '/'}年${dated}`;
  return label(number, value, averaged, per === 'member' ? members : null, suffix, yearly ? '年均' : '');
}

function label(number: number, value: IndicatorValue, averaged: boolean, members: Members | null, suffix: string, prefix = ''): Shown {
  const qualifier = qualifierOf(value, averaged, members);
  const write = (format: (n: number) => string) => `${prefix}${valueLabel(number, value.unit, qualifier, format)}${suffix}`;
  return { number, label: write(averaged ? formatCompact : formatExact), short: write(formatCompact), bound: BOUNDS[qualifier] };
}
