import type { Bound } from '../../charts/bounds.ts';
import { formatCompact, formatExact } from '../../charts/format-number.ts';
import type { Kind, Qualifier } from '../../contracts/fact.ts';
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

/** A report's figure whose number is known, and the report's period. */
interface Known {
  value: IndicatorValue;
  number: number;
  period: ReportFrontmatter['period'];
}

type Cell = (figure: Known, members: Members | null) => Shown;
type MemberCell = (figure: Known, members: Members) => Shown;

/** As the report gives it: a rate, or a report's total of a flow. */
const asGiven: Cell = ({ value, number }) => label(number, value, {});

/** A standing total, never divided, dated to the end of the report's period. */
const standingTotal: Cell = ({ value, number, period }) => label(number, value, { suffix: `（截至${period.end}年）` });

/** A yearly figure (年均/每年), as it is. */
const yearlyAverage: Cell = ({ value, number }) => label(number, value, { prefix: '年均' });

/**
 * A flow over the years of its work: the report's, or those from the year its sentence dates
 * it to, which the label notes (`2022年起，按3年折算`).
 */
function perYearOfWork({ value, number, period }: Known): { number: number; divided: boolean; dated: string } {
  const years = value.years ?? period.years;
  const divided = years > 1;
  const dated = value.years !== undefined ? `（${period.end - value.years + 1}年起，按${value.years}年折算）` : '';
  return { number: divided ? (value.perYear ?? number / years) : number, divided, dated };
}

const perTenThousand = (number: number, members: Members) => (number / members.value) * 1e4;

const flowPerYear: Cell = (figure) => {
  const { number, divided, dated } = perYearOfWork(figure);
  return label(number, figure.value, { averaged: divided, suffix: `/年${dated}` });
};

const flowPerMember: MemberCell = (figure, members) => {
  const { number, dated } = perYearOfWork(figure);
  return label(perTenThousand(number, members), figure.value, { averaged: true, members, suffix: `/万名会员·年${dated}` });
};

/** A standing total per 万 members, dated to the year the membership stood at. */
const standingPerMember: MemberCell = ({ value, number }, members) =>
  label(perTenThousand(number, members), value, { averaged: true, members, suffix: `/万名会员（截至${members.year}年）` });

const yearlyPerMember: MemberCell = ({ value, number }, members) =>
  label(perTenThousand(number, members), value, { averaged: true, members, prefix: '年均', suffix: '/万名会员' });

/** A view per member needs the report's own membership: without one, none, never guessed. */
const needsMembers =
  (cell: MemberCell): Cell =>
  (figure, members) =>
    members ? cell(figure, members) : none('无会员数');

/**
 * How each view shows each kind of figure, or why it shows none. Per year: flows divided by
 * the years of their work, yearly figures as they are, standing totals never divided. Totals:
 * yearly figures have no total. Per member: the per-year figure (or the standing total) per 万
 * members of the report's own membership; a rate is not put per member.
 */
const CELLS: Record<Per, Record<Kind, Cell>> = {
  year: { flow: flowPerYear, stock: standingTotal, rate: asGiven, 'per-unit': yearlyAverage },
  total: { flow: asGiven, stock: standingTotal, rate: asGiven, 'per-unit': () => none('只有年均数') },
  member: {
    flow: needsMembers(flowPerMember),
    stock: needsMembers(standingPerMember),
    rate: needsMembers(() => none('比率不按会员折算')),
    'per-unit': needsMembers(yearlyPerMember),
  },
};

/** A report's figure in a view (CELLS); a damaged or doubtful figure is unknown in every view. */
export function shownValue(value: IndicatorValue, report: Pick<ReportFrontmatter, 'period'>, per: Per, members: Members | null): Shown {
  if (value.value === null || value.uncertain) return none('数值不详（原文受损或存疑）');
  return CELLS[per][value.kind]({ value, number: value.value, period: report.period }, members);
}

/** How a label is worded around its number: whether it is an average, of which membership, and the words before and after. */
interface Wording {
  averaged?: boolean;
  members?: Members;
  prefix?: string;
  suffix?: string;
}

function label(number: number, value: IndicatorValue, { averaged = false, members, prefix = '', suffix = '' }: Wording): Shown {
  const qualifier = qualifierOf(value, averaged, members ?? null);
  const write = (format: (n: number) => string) => `${prefix}${valueLabel(number, value.unit, qualifier, format)}${suffix}`;
  return { number, label: write(averaged ? formatCompact : formatExact), short: write(formatCompact), bound: BOUNDS[qualifier] };
}
