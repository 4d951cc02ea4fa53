import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** True when a page asks search engines not to index it, as a page forwarding to another does. */
export function asksNoIndex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i.test(html);
}

/** The built file a page address is served from, under a site built at `base` into `outDir`. */
export function builtFile(url: string, outDir: string, base: string): string {
  const path = decodeURIComponent(new URL(url).pathname);
  const inside = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return join(outDir, inside, 'index.html');
}

/**
 * The sitemap's filter: every built page except those that ask not to be indexed, so the
 * sitemap lists each page once, at its canonical address, and no forwarding page.
 */
export function indexedPages(outDir: string, base: string): (url: string) => boolean {
  return (url) => {
    const file = builtFile(url, outDir, base);
    return !existsSync(file) || !asksNoIndex(readFileSync(file, 'utf8'));
  };
}
