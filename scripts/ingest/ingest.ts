import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CatalogEntry, loadCatalog } from './catalog.ts';
import { cleanReport } from './clean.ts';
import { decodeReport } from './decode.ts';
import { reportMdx } from './report-mdx.ts';
import { replaceFolder } from '../lib/swap-folder.ts';

/** One report from raw bytes to MDX. */
export function ingestReport(entry: CatalogEntry, bytes: Uint8Array, file: string, order = 0): string {
  return reportMdx(entry, cleanReport(decodeReport(bytes, file), file), order);
}

export interface IngestResult {
  reports: Array<{ id: string; file: string; bytes: number }>;
}

/** Every report of the catalog into `contentDir`, all or nothing. */
export function ingestAll(seedsDir: string, contentDir: string): IngestResult {
  const catalog = loadCatalog(seedsDir);
  const files = new Map<string, string>();
  catalog.forEach((entry, order) => {
    const path = join(seedsDir, entry.file);
    files.set(`${entry.id}.mdx`, ingestReport(entry, readFileSync(path), path, order));
  });
  replaceFolder(contentDir, files);
  return {
    reports: catalog.map((e) => ({ id: e.id, file: e.file, bytes: Buffer.byteLength(files.get(`${e.id}.mdx`)!) })),
  };
}
