import type { Fact } from '../schemas/fact.ts';
import type { ReportFrontmatter } from '../schemas/report.ts';

export const LEVEL_LABELS: Record<ReportFrontmatter['region']['level'], string> = {
  province: '省级',
  city: '地市级',
  district: '区级',
  county: '县级',
  zone: '开发区',
  town: '乡镇',
};

/** `2025年` for one year, `2018–2023年(5年)` for a span. */
export function periodLabel(period: ReportFrontmatter['period']): string {
  return period.start === period.end ? `${period.start}年` : `${period.start}–${period.end}年(${period.years}年)`;
}

export const KIND_LABELS: Record<Fact['kind'], string> = {
  flow: '期内完成',
  stock: '存量',
  rate: '比率',
  'per-unit': '单位量',
};

const grouped = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** `449,000 元` with the qualifier spelled out where the report gave an approximate figure. */
export function valueLabel(value: number | null, unit: string, qualifier: Fact['qualifier']): string {
  if (value === null) return '数值不详(原文乱码)';
  const number = grouped.format(value);
  const unitPart = unit === '%' ? '%' : ` ${unit}`;
  switch (qualifier) {
    case 'approx-more':
      return `${number}余${unitPart}`;
    case 'approx-less':
      return `近 ${number}${unitPart}`;
    case 'at-least':
      return `${number}${unitPart}以上`;
    case 'approx':
      return `约 ${number}${unitPart}`;
    default:
      return `${number}${unitPart}`;
  }
}
