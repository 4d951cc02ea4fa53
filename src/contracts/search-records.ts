import { THEMES, type Theme } from './fact-values.ts';
import type { ReportFrontmatter } from './report.ts';

/**
 * What the search page reads beside Pagefind's index, written by the pipeline's search stage.
 * Pagefind holds each report as one record and answers a query with record ids and the
 * locations of the term in each; these files turn those into reports, sections and excerpts
 * without fetching a record's whole text.
 */
export const SEARCH_FILES = {
  /** Every report's record id, region and themes: SearchCatalog. */
  catalog: '/search/reports.json',
  /** One report's sections with the location each begins at: ReportOutline. */
  outline: (report: string) => `/search/reports/${report}.json`,
  /** One stretch of a report's text, as readers see it, under the report's heading: see blockFile. */
  block: (report: string, block: number) => `/search/text/${report}/${block}.txt`,
};

/** Letters and digits per text block, and how many of the neighbours' each block repeats at either end. */
export const BLOCK_UNITS = 400;
export const BLOCK_OVERLAP = 40;

/** The block an excerpt around a location is read from. */
export const blockOf = (location: number) => Math.floor(location / BLOCK_UNITS);

/** The locations block `n` holds: it repeats BLOCK_OVERLAP of its neighbours', so a term near an edge is whole in it. */
export function blockRange(n: number): { from: number; to: number } {
  return { from: Math.max(0, n * BLOCK_UNITS - BLOCK_OVERLAP), to: (n + 1) * BLOCK_UNITS + BLOCK_OVERLAP };
}

/** Reports as the search page lists and narrows them: [record id, report id, region (index into regions), themes (bit per THEMES entry)]. */
export interface SearchCatalog {
  regions: string[];
  reports: Array<[string, string, number, number]>;
}

/** What a result says of its report; every block of the report carries it, so a result needs one file. */
export interface ReportHeading {
  title: string;
  region: string;
  period: ReportFrontmatter['period'];
}

export interface ReportOutline {
  /** [heading id, heading, location of its first letter], in the report's order. */
  sections: Array<[string, string, number]>;
}

/** A text block's file: the report's heading as a line of JSON, then the text. */
export const blockFile = (heading: ReportHeading, text: string) => `${JSON.stringify(heading)}\n${text}`;

export function readBlockFile(file: string): { heading: ReportHeading; text: string } {
  const end = file.indexOf('\n');
  return { heading: JSON.parse(file.slice(0, end)) as ReportHeading, text: file.slice(end + 1) };
}

/** One report as the search page lists and narrows it. */
export interface CatalogReport {
  record: string;
  id: string;
  /** The region's full name. */
  region: string;
  themes: Theme[];
}

export function searchCatalog(reports: CatalogReport[]): SearchCatalog {
  const regions = [...new Set(reports.map((r) => r.region))].sort();
  return {
    regions,
    reports: reports.map((r) => [r.record, r.id, regions.indexOf(r.region), THEMES.reduce((bits, t, i) => (r.themes.includes(t) ? bits | (1 << i) : bits), 0)]),
  };
}

/** The catalog by record id. */
export function readCatalog(catalog: SearchCatalog): Map<string, CatalogReport> {
  return new Map(
    catalog.reports.map(([record, id, region, bits]) => [record, { record, id, region: catalog.regions[region]!, themes: THEMES.filter((_, i) => bits & (1 << i)) }]),
  );
}
