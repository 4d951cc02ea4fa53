import type { Fact } from '../../contracts/fact.ts';
import type { IndicatorValue } from '../../contracts/indicator.ts';
import { dayLabel, valueLabel } from './labels.ts';

export const UNCHECKED = '机器读取，未核对';

/** A value's review in two to four characters, for table cells and answer cards. */
export function reviewShort(value: Pick<IndicatorValue, 'review'>): string {
  return value.review === null ? '未核对' : value.review.status === 'confirmed' ? '已核对' : '编辑更正';
}

/** What a charted value says of its review: `已核对（2026年12月7日）`, `编辑更正：…（机器读取：854家）`, or unchecked. */
export function valueReviewLabel(value: Pick<IndicatorValue, 'review' | 'machineValue' | 'unit' | 'qualifier'>): string {
  const { review } = value;
  if (review === null) return UNCHECKED;
  if (review.status === 'confirmed') return `已核对（${dayLabel(review.date)}）`;
  const machine = value.machineValue === null ? '未计入' : valueLabel(value.machineValue, value.unit, value.qualifier);
  return `编辑更正：${review.reasons.join('；') || '见各数字'}（机器读取：${machine}；${dayLabel(review.date)}）`;
}

/**
 * What a figure's card says of its review. A correction gives the machine's reading it
 * replaced; `indicatorName` names an indicator id for readers.
 */
export function factReviewLabel(fact: Pick<Fact, 'review' | 'qualifier'>, indicatorName: (id: string) => string): string {
  const { review } = fact;
  if (review === null) return UNCHECKED;
  if (review.decision === 'confirmed') return `已核对（${dayLabel(review.date)}）`;
  const { machine } = review;
  const reading = machine
    ? `${machine.indicator ? indicatorName(machine.indicator) : '未归类'} ${valueLabel(machine.value, machine.unit, fact.qualifier)}`
    : '同上';
  const what = review.decision === 'assigned' ? '编辑归类' : `编辑更正：${review.reason}`;
  return `${what}（机器读取：${reading}；${dayLabel(review.date)}）`;
}
