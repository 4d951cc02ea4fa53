import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the search page asks for the index's own files, in its head: the one link the page is
 * built with (src/pages/search/index.astro), or the ones an earlier run of this stage wrote.
 */
const MARK = /(?:<link rel="preload" href="([^"]*\/pagefind\/)[^"]*"[^>]*data-index-files[^>]*>)+/;

/**
 * Points the search page's preloads at the files Pagefind's start-up fetches after its entry
 * file (the index metadata and the WebAssembly), whose names exist only once the index is
 * written: they then load while the page's own scripts do. The entry file itself Pagefind
 * always fetches afresh under a new address, so preloading it would only cost.
 */
export function preloadIndex(site: string): void {
  const bundle = join(site, 'pagefind');
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const files = [...Object.values(entry.languages).map((l) => `pagefind.${l.hash}.pf_meta`), ...readdirSync(bundle).filter((f) => /^wasm\..+\.pagefind$/.test(f))];
  const page = join(site, 'search', 'index.html');
  const html = readFileSync(page, 'utf8');
  const mark = MARK.exec(html);
  if (!mark) throw new Error(`${page}: no preload marked data-index-files`);
  writeFileSync(page, html.replace(mark[0], files.map((f) => `<link rel="preload" href="${mark[1]}${f}" as="fetch" crossorigin data-index-files>`).join('')));
}
