import type { ReportFrontmatter } from '../../contracts/report.ts';
import { SITE_NAME, absoluteUrl } from '../links/site-url.ts';
import { periodLabel } from '../format/labels.ts';
import { jsonLines } from './json-lines.ts';

export interface CsvSource {
  name: string;
  title: string;
  page: string;
  reports: ReportFrontmatter[];
  note?: string;
}

/**
 * The source note beside a chart's CSV (`<name>.metadata.json`): the CSV's first line stays
 * its plain header, so where the figures come from travels in a file of its own, as OWID
 * does: the page, the site, each report with its publisher and address, and how to cite.
 */
export function csvMetadata(source: CsvSource): string {
  const page = absoluteUrl(source.page);
  return jsonLines({
    title: source.title,
    csv: absoluteUrl(`/charts/${source.name}.csv`),
    page,
    source: `${SITE_NAME} ${page}`,
    citation: `${SITE_NAME}：${source.title}。${page}`,
    columns: absoluteUrl('/data/'),
    notes: `数字摘自各报告原文，每个数值的 facts 列给出原文数字编号（报告页锚点）。per_year 为期内完成量除以报告年数（原句注明起始年份的，除以此后在报告期内的年数）；存量不折算。members 为“每万名会员”所用会员数。${source.note ?? ''}`,
    reports: source.reports.map((r) => ({
      id: r.id,
      title: r.title,
      region: r.region.name,
      period: periodLabel(r.period),
      publisher: r.source?.publisher ?? null,
      url: r.source?.url ?? null,
      page: absoluteUrl(`/reports/${r.id}/`),
    })),
  });
}
