import { THEMES, type Theme } from './fact-values.ts';
import type { ReportFrontmatter } from './report.ts';

/**
 * What the search page reads beside Pagefind's index, written by the pipeline's search stage.
 * Pagefind holds each report as one record and answers a query with record ids and the
 * locations of the term in each; these files turn those into reports, sections and excerpts
 * without fetching a record's whole text.
 */
export const SEARCH_FILES = {
  /** Every report's record id, region and themes, and the collection's block size: SearchCatalog. */
  catalog: '/search/reports.json',
  /** One stretch of a report's text, as readers see it, under the report's heading and outline: see blockFile. */
  block: (report: string, block: number) => `/search/text/${report}/${block}.txt`,
};

/**
 * Letters and digits per text block are a multiple of this; how many of the neighbours' each
 * block repeats at either end.
 */
export const BLOCK_STEP = 400;
export const BLOCK_OVERLAP = 40;
/**
 * About as many text files as a collection may hold. A larger collection quotes from longer
 * blocks, so each result costs more bytes but the site stays within a static host's file limit
 * (docs/deploying.md); below it blocks stay at BLOCK_STEP.
 */
export const TEXT_FILE_BUDGET = 3000;

/** The block size for a collection whose reports hold `units` letters and digits in all: the smallest multiple of BLOCK_STEP within TEXT_FILE_BUDGET. */
export const blockUnitsFor = (units: number) => BLOCK_STEP * Math.max(1, Math.ceil(units / (BLOCK_STEP * TEXT_FILE_BUDGET)));

/** The block an excerpt around a location is read from, in blocks of `units`. */
export const blockOf = (location: number, units: number) => Math.floor(location / units);

/** The locations block `n` holds: it repeats BLOCK_OVERLAP of its neighbours', so a term near an edge is whole in it. */
export function blockRange(n: number, units: number): { from: number; to: number } {
  return { from: Math.max(0, n * units - BLOCK_OVERLAP), to: (n + 1) * units + BLOCK_OVERLAP };
}

/** Reports as the search page lists and narrows them: [record id, report id, region (index into regions), themes (bit per THEMES entry)]. */
export interface SearchCatalog {
  regions: string[];
  reports: Array<[string, string, number, number]>;
  /** Letters and digits per text block (blockUnitsFor). */
  blockUnits: number;
}

export interface ReportOutline {
  /** [heading id, heading, location of its first letter], in the report's order. */
  sections: Array<[string, string, number]>;
}

/**
 * What a result says of its report, and where its sections begin; every block of the report
 * carries it, so a result needs one file.
 */
export interface ReportHeading extends ReportOutline {
  title: string;
  region: string;
  period: ReportFrontmatter['period'];
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

export function searchCatalog(reports: CatalogReport[], blockUnits: number): SearchCatalog {
  const regions = [...new Set(reports.map((r) => r.region))].sort();
  return {
    blockUnits,
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
