import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ZodError } from 'zod';
import { firstIssue } from '../lib/read-yaml.ts';
import { pageRecords } from './page-records.ts';
import { preloadIndex } from './preload-index.ts';
import { dropStoredText, recordIds } from './stored-records.ts';
import { reportSearchEntry } from './report-records.ts';
import { writeSearchFiles } from './search-files.ts';

export interface SearchIndexSummary {
  /** Records indexed: reports and listing pages. */
  records: number;
}

/**
 * Index locations per index chunk (Pagefind's default is 20000). A query loads the chunks
 * holding its tokens; smaller chunks cost less per token and more in the metadata every
 * search loads. 8000 gave the fewest bytes for a first query on a 300-report collection
 * (`npm run bench -- --large`) with the earlier index of one record per passage in character
 * pairs; it has not been tried again for the present tokens. Pagefind reads it from its
 * environment only.
 */
const INDEX_CHUNK_LOCATIONS = '8000';

/** The ready-made search interfaces Pagefind writes beside its index: the site searches with its own page. */
const UNUSED_UI = ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui'].flatMap((name) => [`${name}.js`, `${name}.css`]);

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * The full-text index, written to `<site>/pagefind/`: every report in `content` (its MDX) and
 * the listing pages of the built `site`, as Pagefind custom records in the tokens of
 * src/contracts/search-tokens.ts, and beside it the files the search page reads to show
 * reports (scripts/search/search-files.ts). Any error from Pagefind fails the build.
 */
export async function indexSite(site: string, content: string): Promise<SearchIndexSummary> {
  const reports = readdirSync(join(content, 'reports')).filter((f) => f.endsWith('.mdx')).sort();
  const entries = reports.map((f) => {
    const file = join(content, 'reports', f);
    try {
      return reportSearchEntry(readFileSync(file, 'utf8'));
    } catch (error) {
      const said = error instanceof ZodError ? firstIssue(error) : (error as Error).message.split('\n')[0];
      throw new Error(`${file}: ${said}`);
    }
  });
  const records = [...entries.map((e) => e.record), ...pageRecords(site)];
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = INDEX_CHUNK_LOCATIONS;
  try {
    const created = await pagefind.createIndex({});
    check('createIndex', created.errors);
    const index = created.index!;
    for (const record of records) check(`indexing ${record.url}`, (await index.addCustomRecord(record)).errors);
    const bundle = join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundle });
    check('writeFiles', written.errors);
    for (const file of UNUSED_UI) rmSync(join(bundle, file), { force: true });
    const ids = recordIds(bundle);
    writeSearchFiles(site, entries, ids);
    dropStoredText(bundle, entries.map((e) => ids.get(e.record.url)!));
    preloadIndex(site);
    return { records: records.length };
  } finally {
    await pagefind.close();
  }
}
