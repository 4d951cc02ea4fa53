import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_ENTRY, entryAddress } from '../../src/contracts/pagefind-files.ts';
import { SEARCH_LANGUAGE, searchPlan, searchTokens } from '../../src/contracts/search-tokens.ts';
import { nodeSearch } from '../../scripts/search/node-search.ts';
import {
  CHUNK_SIZE_VARIABLE,
  HASHED_FOLDERS,
  INDEXER_ENDED,
  SERVICE_STOPPED,
  STORED_SIGNATURE,
  UNUSED_UI,
  entryFile,
  isIndexData,
  isIndexFile,
  isWasmFile,
  metaFile,
  parseEntry,
  readStored,
  storedIds,
} from '../../scripts/search/pagefind-format.ts';

/**
 * The installed Pagefind indexes a site of two records, as the search stage writes them, and
 * what it writes and answers is held to what scripts/search/pagefind-format.ts assumes. A
 * failure names the assumption that no longer holds.
 */
const REPORT_TEXT = '全年新建职工书屋17家，职工书屋覆盖率提升。';
const RECORDS = [
  { url: '/reports/r-2025/', content: searchTokens(REPORT_TEXT), language: SEARCH_LANGUAGE, meta: { title: '报告' }, filters: {} },
  { url: '/indicators/aid-funds/', content: searchTokens('帮扶慰问资金'), language: SEARCH_LANGUAGE, meta: { title: '帮扶慰问资金' }, filters: {} },
];

const work = mkdtempSync(join(tmpdir(), 'pagefind-format-'));
const bundle = join(work, 'default');
const small = join(work, 'small-chunks');
const version = (JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }).version;
const said = (what: string, assumed: string) => `Pagefind ${version} ${what}; scripts/search/pagefind-format.ts assumes ${assumed}`;

async function index(out: string, chunkSize?: string): Promise<void> {
  const before = process.env[CHUNK_SIZE_VARIABLE];
  if (chunkSize === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
  else process.env[CHUNK_SIZE_VARIABLE] = chunkSize;
  try {
    const { index: created, errors } = await pagefind.createIndex({});
    expect(errors).toEqual([]);
    for (const record of RECORDS) expect((await created!.addCustomRecord(record)).errors).toEqual([]);
    expect((await created!.writeFiles({ outputPath: out })).errors).toEqual([]);
  } finally {
    await pagefind.close();
    if (before === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
    else process.env[CHUNK_SIZE_VARIABLE] = before;
  }
}

beforeAll(async () => {
  await index(bundle);
  await index(small, '1');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`Pagefind ${version}'s files, as scripts/search/pagefind-format.ts reads them`, () => {
  it('writes an entry file naming each language’s metadata file, and its WebAssembly, at the bundle’s root', () => {
    expect(existsSync(entryFile(bundle)), said(`wrote no ${PAGEFIND_ENTRY}`, 'one at every bundle’s root')).toBe(true);
    const entry = parseEntry(readFileSync(entryFile(bundle), 'utf8'));
    expect(entry.version, said(`wrote an entry file of version ${entry.version}`, 'the entry file carries Pagefind’s version')).toBe(version);
    const hash = entry.languages?.[SEARCH_LANGUAGE]?.hash;
    expect(typeof hash, said(`wrote an entry file without languages.${SEARCH_LANGUAGE}.hash`, '`languages: { <language>: { hash } }`')).toBe('string');
    const root = readdirSync(bundle);
    expect(root, said(`wrote no ${metaFile(hash!)}`, 'the metadata file `pagefind.<hash>.pf_meta` beside the entry file')).toContain(metaFile(hash!));
    expect(root.filter(isWasmFile), said('wrote no `wasm.<name>.pagefind` at the root', 'the search page can preload the WebAssembly by that name')).toHaveLength(1);
    expect(root.filter(isIndexFile).sort(), said('wrote other index files at the root', 'a report bundle needs only its entry file and metadata')).toEqual([PAGEFIND_ENTRY, metaFile(hash!)].sort());
  });

  it('refuses, by name, an entry file of another shape', () => {
    expect(() => parseEntry(JSON.stringify({ version: '9.0.0', indexes: {} }))).toThrow(/pagefind-entry\.json is not of the shape scripts\/search\/pagefind-format\.ts knows/);
  });

  it('keeps its index’s data in files of the endings the bench counts', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [d.name]));
    const data = files(bundle).filter(isIndexData);
    for (const ending of ['.pf_meta', '.pf_index', '.pf_fragment']) expect(data.some((f) => f.endsWith(ending)), said(`wrote no *${ending}`, 'metadata, chunks and records in *.pf_meta, *.pf_index and *.pf_fragment')).toBe(true);
  });

  it('stores each record in a file of its own, gzip of the signature and its JSON', () => {
    const ids = storedIds(bundle);
    expect(ids, said(`stored ${ids.length} fragment files for ${RECORDS.length} records`, 'one `fragment/<id>.pf_fragment` per record')).toHaveLength(RECORDS.length);
    const stored = ids.map((id) => {
      try {
        return readStored(bundle, id);
      } catch (error) {
        throw new Error(said(`stored a record that does not read (${(error as Error).message})`, `gzip of \`${STORED_SIGNATURE}\` and the record’s JSON`));
      }
    });
    for (const record of RECORDS) {
      const found = stored.find((s) => s.url === record.url);
      expect(found, said(`stored no record with url ${record.url}`, 'a stored record carries its url')).toBeDefined();
      expect(found!.content, said('stored a record whose content is not the text given', 'a stored record carries `content`, which the stage empties')).toBe(record.content);
      expect(found!.meta, said('stored a record without its meta', 'a stored record carries `meta`')).toMatchObject(record.meta);
    }
  });

  it('names the files of its index folders by their content', () => {
    for (const folder of HASHED_FOLDERS.filter((f) => existsSync(join(bundle, f)))) {
      for (const name of readdirSync(join(bundle, folder))) expect(name, said(`wrote ${folder}/${name}`, `every file under ${folder}/ is named by a hash of its content`)).toMatch(/_[0-9a-f]{6,}\.pf_\w+$/);
    }
    expect(readdirSync(join(bundle, 'index')).length, said('wrote no index chunk', 'chunks under index/')).toBeGreaterThan(0);
  });

  it('writes the ready-made interfaces the site drops', () => {
    const root = readdirSync(bundle);
    for (const file of UNUSED_UI) expect(root, said(`no longer writes ${file}`, 'it does, and removes it (UNUSED_UI)')).toContain(file);
  });

  it(`reads the index chunk size from ${CHUNK_SIZE_VARIABLE}`, () => {
    const chunks = (dir: string) => readdirSync(join(dir, 'index')).length;
    expect(chunks(small), said(`wrote as many index chunks with ${CHUNK_SIZE_VARIABLE}=1 as without it`, 'the variable sets the locations per chunk')).toBeGreaterThan(chunks(bundle));
  });

  it('keeps its Node API’s words for an indexer that ended under it', () => {
    const service = readFileSync('node_modules/pagefind/lib/service.js', 'utf8');
    for (const words of [INDEXER_ENDED, SERVICE_STOPPED]) expect(service, said(`no longer says “${words}”`, 'the build recognises its indexer’s end by it')).toContain(`"${words}"`);
  });
});

describe(`Pagefind ${version}'s search, as src/contracts/search-tokens.ts asks it`, () => {
  const at = (term: string) => [...REPORT_TEXT.matchAll(new RegExp(term, 'g'))].map((m) => [...REPORT_TEXT.slice(0, m.index)].filter((c) => /[\p{L}\p{N}]/u.test(c)).length);

  it('finds a term of two characters as one word, at the location of each occurrence, before any record is fetched', async () => {
    const search = await nodeSearch(bundle);
    const found = await search.search(searchPlan('职工')!.ranked);
    expect(found.map((r) => r.id), said('did not find a two-character term by its pair word', 'a hyphenated word is indexed by each part of two letters or more')).toHaveLength(1);
    expect(found[0]!.words, said('answered with other locations', 'a result’s `words` are the locations of its matches, counted in words')).toEqual(at('职工'));
    expect(search.requests().filter((r) => r.endsWith('.pf_fragment')), said('fetched a stored record to search', 'results come with their locations')).toEqual([]);
  });

  it('finds a longer term as the exact phrase of its whole words, and only where it stands whole', async () => {
    const search = await nodeSearch(bundle);
    const found = await search.search(searchPlan('职工书屋')!.exact);
    expect(await Promise.all(found.map((r) => r.url())), said('did not find a four-character term as the phrase of its whole words', 'a hyphenated word is indexed whole, hyphens dropped')).toEqual([RECORDS[0]!.url]);
    const ranked = await search.search(searchPlan('职工书屋')!.ranked);
    expect(ranked[0]?.words, said('answered a term’s whole words with other locations', 'each whole word is found at its own location')).toEqual(at('职工书屋').flatMap((l) => [l, l + 1]));
    expect(await search.search(searchPlan('书屋职工')!.exact), said('found a term the text does not hold', 'a phrase matches only at consecutive locations')).toEqual([]);
  });

  it('asks for the entry file under the cache tag it is given', async () => {
    const search = await nodeSearch(bundle, [], { metaCacheTag: 'tag1' });
    await search.search(searchPlan('帮扶')!.ranked);
    expect(search.requests().filter((r) => r.includes(PAGEFIND_ENTRY)), said('fetched its entry file at another address', `\`${entryAddress('<tag>')}\`, which the search page preloads`)).toEqual([
      expect.stringMatching(new RegExp(`/${entryAddress('tag1').replace('?', '\\?')}$`)),
    ]);
  });
});
