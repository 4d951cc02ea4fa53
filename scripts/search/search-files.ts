import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type CatalogReport, SEARCH_FILES, searchCatalog } from '../../src/contracts/search-records.ts';
import type { ReportSearchEntry } from './report-records.ts';

function write(site: string, path: string, text: string): void {
  const file = join(site, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The files the search page reads beside the index (src/contracts/search-records.ts) for `entries`: each report's text blocks. */
export function writeReportFiles(site: string, entries: ReportSearchEntry[]): void {
  for (const e of entries) {
    e.blocks.forEach((text, n) => write(site, SEARCH_FILES.block(e.report.id, n), text));
  }
}

/** The catalog rows of `entries`, under the record ids Pagefind gave them (`ids`, by URL). */
export function catalogRows(entries: ReportSearchEntry[], ids: Map<string, string>): CatalogReport[] {
  return entries.map((e) => {
    const record = ids.get(e.record.url);
    if (record === undefined) throw new Error(`Pagefind wrote no record for ${e.record.url}`);
    return { ...e.report, record };
  });
}

/** The catalog of every report by record id, in the order given, and the collection's block size. */
export function writeCatalog(site: string, reports: CatalogReport[], blockUnits: number): void {
  write(site, SEARCH_FILES.catalog, JSON.stringify(searchCatalog(reports, blockUnits)));
}
