import yaml from 'js-yaml';
import type { CustomRecord } from 'pagefind';
import { type ReportFrontmatter, reportSchema } from '../../src/contracts/report.ts';
import { THEMES } from '../../src/contracts/fact.ts';
import { SEARCH_LANGUAGE, searchTokens } from '../../src/contracts/search-tokens.ts';
import { reportKey } from '../../src/contracts/search-records.ts';
import { mdxText } from '../content/mdx-escape.ts';

/** A record as Pagefind's addCustomRecord takes it, with the metadata and filters ours always carry. */
export type SearchRecord = Required<Omit<CustomRecord, 'sort'>>;

export interface ReportSection {
  /** The heading's id; '' for the text before the first heading. */
  id: string;
  title: string;
  text: string;
}

const HEADING = /^<h[23] id="([^"]+)">([\s\S]*)<\/h[23]>$/;

/** A report's entry split at its headings (h2 and h3), each part's text as readers see it. */
export function reportSections(mdx: string): { report: ReportFrontmatter; sections: ReportSection[] } {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
  if (front === undefined || body === undefined) throw new Error('a report entry without frontmatter');
  const report = reportSchema.parse(yaml.load(front));
  const sections: ReportSection[] = [{ id: '', title: report.title, text: '' }];
  for (const block of body.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean)) {
    const heading = HEADING.exec(block);
    if (heading) sections.push({ id: heading[1]!, title: mdxText(heading[2]!), text: '' });
    else sections.at(-1)!.text += `${mdxText(block)}\n`;
  }
  return { report, sections: sections.filter((s) => s.text.trim()) };
}

/**
 * One search record per part of a report, so a result costs the reader only its passage.
 * Each carries the report's key (reportKey) to group, count and filter by, and the table
 * of contents that names the other parts holding a term.
 */
export function reportRecords(mdx: string): SearchRecord[] {
  const { report, sections } = reportSections(mdx);
  const key = reportKey({ id: report.id, region: report.region.name, themes: THEMES.filter((t) => report.themeText[t] > 0) });
  const toc = JSON.stringify(sections.filter((s) => s.id).map((s) => [s.id, s.title]));
  return sections.map((s) => ({
    url: `/reports/${report.id}/${s.id ? `#${s.id}` : ''}`,
    content: searchTokens(s.text),
    language: SEARCH_LANGUAGE,
    meta: {
      title: s.title,
      report: report.title,
      region: report.region.name,
      period: JSON.stringify(report.period),
      toc,
    },
    filters: { report: [key], section: [s.id || 'top'] },
  }));
}
