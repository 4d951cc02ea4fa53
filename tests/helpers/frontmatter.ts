import type { IndicatorValue } from '../../src/contracts/indicator.ts';
import type { ReportFrontmatter } from '../../src/contracts/report.ts';

/** Report frontmatter with the seeds' regions and periods; only what a test names differs. */
export function frontmatter(id: string, order: number, region: string, name: string, years: [number, number], extra: Partial<ReportFrontmatter> = {}): ReportFrontmatter {
  return {
    id,
    order,
    title: `${name}工会工作报告`,
    titleFrom: 'derived',
    kicker: null,
    subtitle: null,
    damagedLayout: false,
    file: `${id}.txt`,
    region: { id: region, name, level: 'county' },
    organization: null,
    updated: null,
    period: { start: years[0], end: years[1], years: years[1] - years[0] || 1 },
    source: null,
    denominators: null,
    credits: { byline: null, publisher: null, reporters: [], author: null, source: null, published: null, written: null, staff: [] },
    script: 'simplified',
    counts: { sections: 0, subsections: 0, paragraphs: 0, captions: 0, characters: 0, facts: 0 },
    themeText: { ideology: 0, skills: 0, rights: 0, welfare: 0, venues: 0, organization: 0, self: 0, other: 0 },
    sections: [],
    original: null,
    ...extra,
  };
}

export const KUITUN = frontmatter('kuitun-2025', 0, 'kuitun', '奎屯-独山子经济技术开发区', [2025, 2025]);
export const XINJIANG = frontmatter('xinjiang-2018-2023', 1, 'xinjiang', '新疆维吾尔自治区', [2018, 2023]);
export const CHENGZHONG = frontmatter('chengzhong-2019-2024', 2, 'chengzhong', '西宁市城中区', [2019, 2024]);
export const CHANGLI = frontmatter('changli-2025', 3, 'changli', '昌黎县', [2025, 2025]);

export function value(indicator: string, report: ReportFrontmatter, v: Partial<IndicatorValue>): IndicatorValue {
  const amount = v.value === undefined ? 1 : v.value;
  return {
    indicator,
    report: report.id,
    region: report.region.id,
    value: amount,
    perYear: amount === null ? null : amount / report.period.years,
    unit: '个',
    unitClass: 'items',
    qualifier: 'exact',
    kind: 'flow',
    uncertain: false,
    facts: [`${report.id}-f001`],
    review: null,
    machineValue: amount,
    ...v,
  };
}
