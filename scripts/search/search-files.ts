import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SEARCH_FILES, searchCatalog } from '../../src/contracts/search-records.ts';
import type { ReportSearchEntry } from './report-records.ts';

function write(site: string, path: string, text: string): void {
  const file = join(site, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * The files the search page reads beside the index (src/contracts/search-records.ts): the
 * catalog of reports by record id, and each report's outline and text blocks.
 */
export function writeSearchFiles(site: string, entries: ReportSearchEntry[], ids: Map<string, string>): void {
  const reports = entries.map((e) => {
    const record = ids.get(e.record.url);
    if (record === undefined) throw new Error(`Pagefind wrote no record for ${e.record.url}`);
    return { ...e.report, record };
  });
  write(site, SEARCH_FILES.catalog, JSON.stringify(searchCatalog(reports)));
  for (const e of entries) {
    write(site, SEARCH_FILES.outline(e.report.id), JSON.stringify(e.outline));
    e.blocks.forEach((text, n) => write(site, SEARCH_FILES.block(e.report.id, n), text));
  }
}
