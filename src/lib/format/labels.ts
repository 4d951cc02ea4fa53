import type { Fact } from '../../contracts/fact.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';

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

/**
 * `449,000 元` with the qualifier spelled out where the report gave an approximate figure;
 * charts pass a shorter number format (`44.9万`).
 */
export function valueLabel(
  value: number | null,
  unit: string,
  qualifier: Fact['qualifier'],
  formatNumber: (n: number) => string = (n) => grouped.format(n),
): string {
  if (value === null) return '数值不详(原文乱码)';
  const number = formatNumber(value);
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

export const THEME_LABELS: Record<Fact['theme'], string> = {
  ideology: '思想引领与文体',
  skills: '技能与劳模',
  rights: '权益维护',
  welfare: '帮扶与普惠',
  venues: '服务阵地',
  organization: '组织建设',
  self: '工会自身建设',
  other: '其他',
};

/** Two-character theme names, for column heads on narrow screens. */
export const THEME_SHORT_LABELS: Record<Fact['theme'], string> = {
  ideology: '思想',
  skills: '技能',
  rights: '权益',
  welfare: '帮扶',
  venues: '阵地',
  organization: '组织',
  self: '自身',
  other: '其他',
};

const SHORTENINGS: Array<[RegExp, string]> = [
  [/^(.{2,}?)(?:维吾尔|壮族|回族|藏族)?自治区$/u, '$1'],
  [/^(.{2,}?)(?:省|特别行政区)$/u, '$1'],
  [/^.{2,}?[市州盟]((?:.{2,})[区县旗])$/u, '$1'],
  [/^(.{2,}?)(?:经济技术|高新技术产业|经济)?开发区$/u, '$1'],
  [/^(.{2,}?)[县市]$/u, '$1'],
];

/**
 * A region's name as charts and pair titles print it: `新疆`, `城中区`, `昌黎`, `奎屯-独山子`.
 * Administrative suffixes go, and a district or county drops its city, while at least two
 * characters remain, so `城中区` keeps its 区 (a bare `城中` names nothing).
 */
export function shortRegionName(name: string): string {
  return SHORTENINGS.reduce((short, [pattern, replacement]) => short.replace(pattern, replacement), name);
}
