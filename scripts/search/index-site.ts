import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ZodError } from 'zod';
import { type CatalogReport, blockUnitsFor } from '../../src/contracts/search-records.ts';
import { firstIssue } from '../lib/read-yaml.ts';
import { sourceKey } from '../lib/source-key.ts';
import { bundleCache } from './bundle-cache.ts';
import { CHUNK_SIZE_VARIABLE, UNUSED_UI, isIndexFile } from './pagefind-format.ts';
import { pageRecords } from './page-records.ts';
import { preloadIndex } from './preload-index.ts';
import { BUNDLE_REPORTS, reportBundles } from './report-bundles.ts';
import { type ReportReading, type ReportSearchEntry, type SearchRecord, reportReading, reportSearchEntry } from './report-records.ts';
import { catalogRows, writeCatalog, writeReportFiles } from './search-files.ts';
import { dropStoredText, recordIds } from './stored-records.ts';

export interface SearchIndexSummary {
  /** Records indexed: reports and listing pages. */
  records: number;
  /** The report bundles' folders under `pagefind/`, and how many of them an earlier build's copy served. */
  bundles: string[];
  reused: number;
}

export interface IndexOptions {
  /** Reports per bundle at most (scripts/search/report-bundles.ts). */
  bundleReports?: number;
  /** Where written report bundles are kept for later builds (scripts/search/bundle-cache.ts); without it every bundle is written and none kept. */
  cache?: string;
}

/**
 * Index locations per index chunk (Pagefind's default is 20000). A query loads the chunks
 * holding its tokens; smaller chunks cost less per token and more in the metadata every
 * search loads. 8000 gave the fewest bytes for a first query on a 300-report collection
 * (`npm run bench -- --large`) with the earlier index of one record per passage in character
 * pairs; it has not been tried again for the present tokens. Pagefind reads it from its
 * environment only (CHUNK_SIZE_VARIABLE).
 */
const INDEX_CHUNK_LOCATIONS = '8000';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * One bundle written by an indexer of its own, whose process (and memory) ends before the next
 * one's starts. Records are taken one at a time from `records` and each is sent on before the
 * next is made, so this process makes records while Pagefind's indexes the ones before;
 * `meanwhile` runs while Pagefind writes its files.
 */
async function writeBundle(records: Iterable<SearchRecord>, out: string, meanwhile: () => void = () => {}): Promise<void> {
  try {
    process.env[CHUNK_SIZE_VARIABLE] = INDEX_CHUNK_LOCATIONS;
    const created = await pagefind.createIndex({});
    check('createIndex', created.errors);
    const index = created.index!;
    const added: Array<{ url: string; result: Promise<{ errors: string[] }> }> = [];
    for (const record of records) {
      const result = index.addCustomRecord(record);
      // Awaited below, in order; marked handled now so a failure is not reported before then.
      result.catch(() => {});
      added.push({ url: record.url, result });
      // Lets the record go out to Pagefind before the next one is made.
      await new Promise(setImmediate);
    }
    for (const { url, result } of added) check(`indexing ${url}`, (await result).errors);
    const written = index.writeFiles({ outputPath: out });
    written.catch(() => {});
    meanwhile();
    check('writeFiles', (await written).errors);
  } finally {
    await pagefind.close();
  }
}

function readReport(file: string, text: string): ReportReading {
  try {
    return reportReading(text);
  } catch (error) {
    const said = error instanceof ZodError ? firstIssue(error) : (error as Error).message.split('\n')[0];
    throw new Error(`${file}: ${said}`);
  }
}

/** The report bundles and the files the search page reads to show reports, written apart from the site (indexReports). */
export interface ReportIndex {
  /** Laid out as the site: `pagefind/<bundle>/` and the files of src/contracts/search-records.ts. */
  folder: string;
  bundles: string[];
  catalog: CatalogReport[];
  /** Letters and digits per text block, for the whole collection (blockUnitsFor). */
  blockUnits: number;
  reused: number;
}

/**
 * The reports of `content` (their MDX) indexed in report bundles, with the files the search
 * page reads to show them (scripts/search/search-files.ts), written into `out` as they will
 * stand in the site. It reads nothing of the site, so it can run while Astro builds it
 * (scripts/build.ts); indexListings then moves it in. Each bundle is indexed on its own so the
 * indexer's memory follows a bundle, not the collection; a report bundle an earlier build
 * wrote from the same entries is copied.
 */
export async function indexReports(content: string, out: string, options: IndexOptions = {}): Promise<ReportIndex> {
  const reportFiles = readdirSync(join(content, 'reports')).filter((f) => f.endsWith('.mdx'));
  rmSync(out, { recursive: true, force: true });
  // There even for a collection of no reports (--allow-empty).
  mkdirSync(out, { recursive: true });
  // The reports' entries are read with scripts/content/mdx-escape.ts: part of the code a bundle is made by.
  const cached = bundleCache(options.cache, `${sourceKey(['scripts/search', 'src/contracts'], ['package-lock.json', 'scripts/content/mdx-escape.ts'])}\0${INDEX_CHUNK_LOCATIONS}`);
  const bundles = reportBundles(reportFiles.map((f) => f.slice(0, -'.mdx'.length)), options.bundleReports ?? BUNDLE_REPORTS);
  const file = (report: string) => join(content, 'reports', `${report}.mdx`);
  // The block size depends on the whole collection, so it is known before any bundle writes its blocks.
  const blockUnits = blockUnitsFor(bundles.flatMap((b) => b.reports).reduce((n, report) => n + readReport(file(report), readFileSync(file(report), 'utf8')).units.length, 0));
  const catalog: CatalogReport[] = [];
  let reused = 0;
  for (const bundle of bundles) {
    const files = bundle.reports.map(file);
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const entry = (i: number) => reportSearchEntry(readReport(files[i]!, texts[i]!), blockUnits);
    // Kept for the search page's files and the catalog, without the tokens, which only Pagefind reads.
    const entries: ReportSearchEntry[] = [];
    const keep = (e: ReportSearchEntry) => entries.push({ ...e, record: { ...e.record, content: '' } });
    // Made one at a time as Pagefind takes them.
    function* records(): Generator<SearchRecord> {
      for (const i of files.keys()) {
        const e = entry(i);
        keep(e);
        yield e.record;
      }
    }
    const bundleOut = join(out, 'pagefind', bundle.folder);
    const copied = await cached(texts, bundleOut, async () => {
      await writeBundle(records(), bundleOut, () => writeReportFiles(out, entries));
      // A report bundle keeps its own index; the search code and wasm are the primary bundle's.
      for (const file of readdirSync(bundleOut)) if (!isIndexFile(file) && statSync(join(bundleOut, file)).isFile()) rmSync(join(bundleOut, file));
      dropStoredText(bundleOut, recordIds(bundleOut).values());
    });
    if (copied) {
      reused++;
      for (const i of files.keys()) keep(entry(i));
      writeReportFiles(out, entries);
    }
    catalog.push(...catalogRows(entries, recordIds(bundleOut)));
  }
  return { folder: out, bundles: bundles.map((b) => b.folder), catalog: catalog.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), blockUnits, reused };
}

/** Moves everything under `from` to the same place under `to`, folder by folder where `to` has one already. */
function moveInto(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const [source, target] = [join(from, name), join(to, name)];
    if (existsSync(target) && statSync(source).isDirectory() && statSync(target).isDirectory()) moveInto(source, target);
    else renameSync(source, target);
  }
}

/**
 * The full-text index of the built `site`, written to `<site>/pagefind/`, in the tokens of
 * src/contracts/search-tokens.ts: its listing pages in the primary bundle, which also carries
 * Pagefind's search code, and the report bundles of `reports` (indexReports) beside it, which
 * the search page merges; the reports' files are moved in and their catalog written. Any error
 * from Pagefind fails the build.
 */
export async function indexListings(site: string, reports: ReportIndex): Promise<SearchIndexSummary> {
  const root = join(site, 'pagefind');
  rmSync(root, { recursive: true, force: true });
  const pages = pageRecords(site);
  await writeBundle(pages, root);
  for (const file of UNUSED_UI) rmSync(join(root, file), { force: true });
  moveInto(reports.folder, site);
  rmSync(reports.folder, { recursive: true, force: true });
  writeCatalog(site, reports.catalog, reports.blockUnits);
  preloadIndex(site);
  return { records: pages.length + reports.catalog.length, bundles: reports.bundles, reused: reports.reused };
}

/** The whole index of a built `site` from `content`, one part after the other; the reports' part is written beside the site first. */
export async function indexSite(site: string, content: string, options: IndexOptions = {}): Promise<SearchIndexSummary> {
  const aside = `${site.replace(/\/+$/, '')}.search-reports`;
  try {
    return await indexListings(site, await indexReports(content, aside, options));
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
}
