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
