import { ImportType, initSync, parse } from 'es-module-lexer';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryAddress, entryFile, isWasmFile, metaFile, parseEntry } from './pagefind-format.ts';

/**
 * Where the search page asks for what it loads first, in its head: the one link the page is
 * built with (src/pages/search/index.astro), or the ones an earlier run of this stage wrote.
 */
const MARK = /(?:<link [^>]*data-index-files[^>]*>)+/;
/** The site's base path, before the bundle's folder in the first of those links. */
const BASE = /href="([^"]*)pagefind\//;
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"/g;

/** Stands for the site's own address, to resolve imports against. */
const SITE = 'https://site.invalid';

/**
 * The modules a module imports statically, each once, as site paths, however deep: the browser
 * finds each only once the one importing it has arrived, a round trip apiece.
 */
export function staticImports(site: string, base: string, entries: string[]): string[] {
  initSync();
  const found = new Set<string>();
  const visit = (path: string): void => {
    const code = readFileSync(join(site, path.slice(base.length)), 'utf8');
    for (const use of parse(code)[0]) {
      if (use.t !== ImportType.Static || !use.n) continue;
      const url = new URL(use.n, `${SITE}${path}`);
      const imported = url.pathname;
      if (url.origin !== SITE || !imported.startsWith(base) || found.has(imported)) continue;
      found.add(imported);
      visit(imported);
    }
  };
  for (const entry of entries) visit(entry);
  return [...found].filter((path) => !entries.includes(path));
}

/** The bundles written under `<site>/pagefind/`: the primary one ('') first, then each folder holding an entry file, in name order. */
export function searchBundles(site: string): string[] {
  const root = join(site, 'pagefind');
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(entryFile(join(root, d.name))))
    .map((d) => d.name)
    .sort();
  return ['', ...folders];
}

/**
 * Points the search page's preloads at what its start-up waits for, so that all of it loads
 * alongside the page's own scripts: Pagefind's entry file, then the index metadata and the
 * WebAssembly it names (which exist only once the index is written), of the primary bundle
 * and of every report bundle the page merges (each link names its folder, `data-bundle`),
 * and the modules the page's scripts import.
 *
 * Pagefind asks for an entry file under a new address each time (`?ts=` and the time), so
 * that no cached copy points at an earlier build's chunks, unless it is given a tag for that
 * address (`metaCacheTag`). The tag here is the entry file's own hash, carried by its link
 * (`data-entry-tag`) for the page's script to pass on: the same file keeps its address, a new
 * build's file gets a new one, and the preload can name it.
 */
export function preloadIndex(site: string): void {
  const root = join(site, 'pagefind');
  const page = join(site, 'search', 'index.html');
  const html = readFileSync(page, 'utf8');
  const mark = MARK.exec(html);
  if (!mark) throw new Error(`${page}: no preload marked data-index-files`);
  const base = BASE.exec(mark[0])?.[1];
  if (base === undefined) throw new Error(`${page}: the preloads marked data-index-files name no Pagefind file`);
  const fetched = (path: string) => `<link rel="preload" href="${base}pagefind/${path}" as="fetch" crossorigin data-index-files>`;
  const bundleLinks = searchBundles(site).flatMap((folder) => {
    const at = folder ? `${folder}/` : '';
    const entryText = readFileSync(entryFile(join(root, at)), 'utf8');
    const entry = parseEntry(entryText);
    const tag = createHash('sha256').update(entryText).digest('hex').slice(0, 16);
    // The wasm is the primary bundle's: merged bundles search with it.
    const wasm = folder ? [] : readdirSync(root).filter(isWasmFile);
    return [
      `<link rel="preload" href="${base}pagefind/${at}${entryAddress(tag)}" as="fetch" crossorigin data-index-files data-bundle="${folder}" data-entry-tag="${tag}">`,
      ...Object.values(entry.languages).map((l) => fetched(`${at}${metaFile(l.hash)}`)),
      ...wasm.map(fetched),
    ];
  });
  const modules = staticImports(
    site,
    base,
    [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!).filter((src) => src.startsWith(base)),
  );
  const links = [...bundleLinks, ...modules.map((m) => `<link rel="modulepreload" href="${m}" data-index-files>`)];
  writeFileSync(page, html.replace(mark[0], links.join('')));
}
