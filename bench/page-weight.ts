import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The most a first visit to any page may download, HTML, CSS and JS gzipped. */
export const PAGE_BUDGET_BYTES = 60 * 1024;
/** The most client JS a comparison, indicator or theme page may load, gzipped. */
export const COMPARISON_JS_BUDGET_BYTES = 25 * 1024;

export interface PageWeight {
  page: string;
  /** Gzipped bytes of the HTML, its stylesheets and its scripts (with the modules they import). */
  html: number;
  css: number;
  js: number;
  total: number;
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** Local files a module script imports, followed through its static imports. */
function scriptClosure(dist: string, entry: string, seen: Set<string>): void {
  if (seen.has(entry)) return;
  seen.add(entry);
  const code = readFileSync(join(dist, entry), 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    scriptClosure(dist, relative(dist, join(dist, entry, '..', m[1]!)), seen);
  }
}

/** What a first visit to each page downloads, excluding search assets and images. */
export function pageWeights(dist: string, pages: string[]): PageWeight[] {
  return pages.map((file) => {
    const html = readFileSync(file, 'utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].reduce((n, m) => n + gz(join(dist, m[1]!)), 0);
    const scripts = new Set<string>();
    for (const m of html.matchAll(/<script type="module" src="\/([^"]+)"/g)) scriptClosure(dist, m[1]!, scripts);
    const js = [...scripts].reduce((n, f) => n + gz(join(dist, f)), 0);
    const htmlGz = gzipSync(html).length;
    return { page: `/${relative(dist, file).replace(/index\.html$/, '')}`, html: htmlGz, css, js, total: htmlGz + css + js };
  });
}
