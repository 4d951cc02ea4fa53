import { formatExact } from '../../charts/format-number.ts';
import type { Fact } from '../../contracts/fact.ts';
import { asWritten } from '../../contracts/fact-values.ts';
import type { IndicatorValue } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';

export const LEVEL_LABELS: Record<ReportFrontmatter['region']['level'], string> = {
  province: '省级',
  city: '地市级',
  district: '区级',
  county: '县级',
  zone: '开发区',
  town: '乡镇',
};

/** `2025年` for one year, `2018–2023年（5年）` for a span. */
export function periodLabel(period: ReportFrontmatter['period']): string {
  return period.start === period.end ? `${period.start}年` : `${period.start}–${period.end}年（${period.years}年）`;
}

/** A day as readers write it, `2026年12月7日`: no dash for a line to break at. */
export function dayLabel(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

/** `县级，河北省`: a region's level and, where it is not the region itself, its province. */
export function placeLabel(region: ReportFrontmatter['region']): string {
  const province = region.province && region.province !== region.name ? `，${region.province}` : '';
  return `${LEVEL_LABELS[region.level]}${province}`;
}

export const KIND_LABELS: Record<Fact['kind'], string> = {
  flow: '期内完成',
  stock: '存量',
  rate: '比率',
  'per-unit': '单位量',
};

/** What an indicator's figure for a report is: a yearly figure (`每年3700余项`) is an indicator's 年均. */
export const VALUE_KIND_LABELS: Record<Fact['kind'], string> = { ...KIND_LABELS, 'per-unit': '年均' };

/**
 * `44.9万元`, `1225余人`, `近1000万人次`, `76%以上`, `约2名`: the figure in Chinese number
 * style with the report's own qualifier; charts pass a shorter number format.
 */
export function valueLabel(
  value: number | null,
  unit: string,
  qualifier: Fact['qualifier'],
  formatNumber: (n: number) => string = formatExact,
): string {
  if (value === null) return '数值不详（原文受损或存疑）';
  const number = formatNumber(value);
  switch (qualifier) {
    case 'approx-more':
      return `${number}余${unit}`;
    case 'approx-less':
      return `近${number}${unit}`;
    case 'at-least':
      return `${number}${unit}以上`;
    case 'approx':
      return `约${number}${unit}`;
    default:
      return `${number}${unit}`;
  }
}

/** A fact as the report writes it (`30余万元`); in the site's number style where an editor corrected it, unknown where unread. */
export function factLabel(fact: Pick<Fact, 'text' | 'value' | 'unit' | 'qualifier' | 'review'>): string {
  return fact.value !== null && asWritten(fact) ? fact.text : valueLabel(fact.value, fact.unit, fact.qualifier);
}

/**
 * A report's figure for an indicator as the report states it: in its own words where one
 * figure gives it (`30余万元`, `2万余人`; `年均3700余项` for a yearly figure), in the site's
 * number style for a sum, which the report never wrote; unknown where damaged.
 */
export function statedLabel(value: Pick<IndicatorValue, 'kind' | 'value' | 'uncertain' | 'unit' | 'qualifier' | 'text'>): string {
  const figure = value.text !== undefined && !value.uncertain ? value.text : valueLabel(value.uncertain ? null : value.value, value.unit, value.qualifier);
  return `${value.kind === 'per-unit' ? '年均' : ''}${figure}`;
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

/** A download's size as the data page gives it: `19 KB`, `4.2 MB` (1024-based, as file managers count). */
export function fileSizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${Math.round(bytes / 1024 / 102.4) / 10} MB`;
}
