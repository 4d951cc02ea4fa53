import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const ids = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let found = ids.get(file);
  if (!found) {
    found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    ids.set(file, found);
  }
  return found;
}

/** The file a site path is served from: a folder serves its index.html. */
function target(dist: string, path: string): string | null {
  const file = join(dist, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  return existsSync(file) ? file : null;
}

/**
 * Internal links of a page (href and src on the same site) that lead nowhere: a missing
 * file, or an #anchor the target page does not have. Links to other sites are not followed.
 */
export function brokenLinks(dist: string, page: string): BrokenLink[] {
  const html = readFileSync(page, 'utf8');
  const here = `/${relative(dist, page).replace(/index\.html$/, '')}`;
  const out: BrokenLink[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const link = m[1]!.replaceAll('&amp;', '&');
    if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue;
    const url = new URL(link, `http://site${here}`);
    const file = target(dist, url.pathname);
    if (!file) {
      out.push({ page: here, link, reason: 'no such file' });
      continue;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) out.push({ page: here, link, reason: `no element with id "${anchor}"` });
  }
  return out;
}
