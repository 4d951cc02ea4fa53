import yaml from 'js-yaml';
import type { CustomRecord } from 'pagefind';
import { type ReportFrontmatter, reportSchema } from '../../src/contracts/report.ts';
import { THEMES } from '../../src/contracts/fact.ts';
import { type CatalogReport, type ReportOutline, blockFile, blockRange } from '../../src/contracts/search-records.ts';
import { SEARCH_LANGUAGE, readingUnits, searchTokens } from '../../src/contracts/search-tokens.ts';
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

/** A report as search reads it: its text as letters and digits (reading units), and where each section begins among them. */
export interface ReportReading {
  report: ReportFrontmatter;
  units: string[];
  outline: ReportOutline;
}

export function reportReading(mdx: string): ReportReading {
  const { report, sections } = reportSections(mdx);
  const units: string[] = [];
  const outline: ReportOutline = { sections: [] };
  for (const s of sections) {
    // A heading is read with its section, as the page shows it.
    if (s.id) outline.sections.push([s.id, s.title, units.length]);
    // One at a time: a section can hold more letters than a call takes arguments.
    for (const unit of readingUnits(s.id ? `${s.title}\n${s.text}` : s.text)) units.push(unit);
  }
  return { report, units, outline };
}

/** A report as the search stage writes it: its one Pagefind record, its text block files and its catalog entry (less the record id, which Pagefind assigns). */
export interface ReportSearchEntry {
  record: SearchRecord;
  blocks: string[];
  report: Omit<CatalogReport, 'record'>;
}

/**
 * One search record per report, its headings and text in the page's order: a query then
 * counts and ranks reports directly, and the locations Pagefind gives for each place a
 * match in a section (the outline, which every block carries) and a block of `blockUnits`
 * letters and digits to quote, fetched alone.
 */
export function reportSearchEntry({ report, units, outline }: ReportReading, blockUnits: number): ReportSearchEntry {
  const text = units.join('');
  const heading = { title: report.title, region: report.region.name, period: report.period, ...outline };
  const blocks = Array.from({ length: Math.ceil(units.length / blockUnits) }, (_, n) => {
    const { from, to } = blockRange(n, blockUnits);
    return blockFile(heading, units.slice(from, to).join(''));
  });
  return {
    record: { url: `/reports/${report.id}/`, content: searchTokens(text), language: SEARCH_LANGUAGE, meta: { title: report.title }, filters: {} },
    blocks,
    report: { id: report.id, region: report.region.name, themes: THEMES.filter((t) => report.themeText[t] > 0) },
  };
}
