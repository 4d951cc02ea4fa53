import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PAGEFIND_ENTRY, entryAddress } from '../../src/contracts/pagefind-files.ts';

export { PAGEFIND_ENTRY, entryAddress };

/**
 * What the search stage assumes of Pagefind beyond its documented API, in one place. Pagefind
 * 1.6 documents its Node API, its search API and its options; the files it writes and some of
 * its behaviour are its own business, and a release may change them. The stage relies on:
 *
 * - Stored records ("fragments"): one file per record, `fragment/<id>.pf_fragment`, gzip of
 *   `pagefind_dcd` and the record's JSON with its `url`, `content` and `meta` (so long as a
 *   bundle holds fewer records than Pagefind's `maxFragments`). The catalog learns each
 *   report's record id from them, and each report's record is stored again without its text.
 * - The entry file `pagefind-entry.json` (src/contracts/pagefind-files.ts, re-exported here for
 *   the scripts) at a bundle's root, fetched as `pagefind-entry.json?ts=<metaCacheTag>`,
 *   `{ version, languages: { <language>: { hash, page_count, … } } }`, and each language's
 *   metadata `pagefind.<hash>.pf_meta` beside it; the WebAssembly as `wasm.<name>.pagefind`
 *   at the root. The search page preloads these, and a report bundle keeps only them and its
 *   folders: the search code is the primary bundle's.
 * - Hashed names: every file under `fragment/`, `index/` and `filter/` is named by its content,
 *   so a host may keep them a year; the entry file keeps its name. The index's data is in
 *   `*.pf_meta`, `*.pf_index`, `*.pf_filter` and `*.pf_fragment` (the bench weighs them).
 * - The ready-made interfaces it writes beside the index (UNUSED_UI), which the site drops.
 * - Index chunk size: read from the indexer's environment, `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`
 *   (locations per chunk), with no option for it.
 * - Words: a hyphenated word is indexed whole, hyphens dropped, and by each part of two letters
 *   or more, all at the word's location; src/contracts/search-tokens.ts is built on this. A
 *   search result carries the locations of its matches (`words`) before its record is fetched.
 * - The Node API's words when its indexer's process ends under it (INDEXER_ENDED, SERVICE_STOPPED).
 *
 * tests/search/pagefind-format.test.ts indexes a tiny site with the installed Pagefind and
 * checks each of these, so an upgrade that breaks one fails there, by name.
 */

/** Folders of a bundle whose files are named by their content. */
export const HASHED_FOLDERS = ['fragment', 'index', 'filter'] as const;

/** The ready-made search interfaces Pagefind writes beside its index: the site searches with its own page. */
export const UNUSED_UI = ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui'].flatMap((name) => [`${name}.js`, `${name}.css`]);

/** The environment variable Pagefind's indexer reads its index chunk size from (locations per chunk). */
export const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** The Node API's error when its indexer's process has ended (killed, say). */
export const INDEXER_ENDED = 'Pagefind backend closed';
/** What the Node API prints, with a stack trace, when that happens. */
export const SERVICE_STOPPED = 'Service stopped';

/** What stands before a stored record's JSON, and before an index chunk's, once ungzipped. */
export const STORED_SIGNATURE = 'pagefind_dcd';

const FRAGMENT = '.pf_fragment';

/** A record as Pagefind stores it. */
export interface StoredRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  [key: string]: unknown;
}

/** A bundle's entry file. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; page_count: number }>;
}

export const entryFile = (bundle: string) => join(bundle, PAGEFIND_ENTRY);

/** The metadata file of the language whose entry says `hash`. */
export const metaFile = (hash: string) => `pagefind.${hash}.pf_meta`;

/** Whether a file at a bundle's root is Pagefind's WebAssembly. */
export const isWasmFile = (name: string) => /^wasm\..+\.pagefind$/.test(name);

/** Whether a file at a bundle's root belongs to that bundle's index (its entry file and metadata), not to Pagefind's search code. */
export const isIndexFile = (name: string) => name === PAGEFIND_ENTRY || name.endsWith('.pf_meta');

/** Whether a file of a bundle holds its index's data (metadata, chunks, filters, records), not Pagefind's search code or interfaces. */
export const isIndexData = (name: string) => /\.pf_(meta|index|filter|fragment)$/.test(name);

/** A bundle's entry file, read; one of another shape is refused by name, not half read. */
export function parseEntry(text: string): PagefindEntry {
  const entry = JSON.parse(text) as Partial<PagefindEntry> | null;
  const languages = entry?.languages;
  const known =
    typeof entry?.version === 'string' &&
    typeof languages === 'object' &&
    languages !== null &&
    Object.values(languages).every((l) => typeof l?.hash === 'string' && typeof l.page_count === 'number');
  if (!known) throw new Error(`${PAGEFIND_ENTRY} is not of the shape scripts/search/pagefind-format.ts knows ({ version, languages: { <language>: { hash, page_count } } }): ${text.slice(0, 200)}`);
  return entry as PagefindEntry;
}

const fragmentFile = (bundle: string, id: string) => join(bundle, 'fragment', `${id}${FRAGMENT}`);

/** The ids of the records stored in a bundle. */
export function storedIds(bundle: string): string[] {
  return readdirSync(join(bundle, 'fragment'))
    .filter((f) => f.endsWith(FRAGMENT))
    .map((f) => f.slice(0, -FRAGMENT.length));
}

export function readStored(bundle: string, id: string): StoredRecord {
  const path = fragmentFile(bundle, id);
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  if (!text.startsWith(STORED_SIGNATURE)) throw new Error(`${path}: not a Pagefind record`);
  return JSON.parse(text.slice(STORED_SIGNATURE.length)) as StoredRecord;
}

export function writeStored(bundle: string, id: string, record: StoredRecord): void {
  writeFileSync(fragmentFile(bundle, id), gzipSync(`${STORED_SIGNATURE}${JSON.stringify(record)}`, { level: 9 }));
}
