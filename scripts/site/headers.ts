import { readdirSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY, EMBED_FOLDER, NO_FRAMING } from '../../src/contracts/security.ts';
import { HASHED_FOLDERS } from '../search/pagefind-format.ts';

/** A year: files whose names change with their content can be kept that long. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** A day for Pagefind's entry files, which keep their names from build to build. */
const DAY = 'public, max-age=86400';

/** What a built site holds at its top: its folders and its files (`index.html`, `404.html`, …). */
export interface SiteTop {
  folders: string[];
  files: string[];
}

/**
 * `_headers` for hosts that read it (Netlify, Cloudflare Pages and others): the
 * Content-Security-Policy as a header; framing refused for every folder and page but the
 * embeddable charts (`top`, what the built site holds at its top, names them, so a new
 * folder is covered without a change here); a year for Astro's hashed assets and Pagefind's
 * hashed index files, in the primary bundle and in each report bundle (`bundles`, folders
 * under `pagefind/`), a day for Pagefind's entry files. Paths carry the base path the site
 * is built for (`/` or `/union-reports/`, from basePath()). Rules never give one header
 * twice for a path, since hosts differ in how they merge them.
 */
export function headersFile(base: string, bundles: string[], top: SiteTop): string {
  const at = (path: string) => `${base}${path}`;
  const framed = [
    at(''),
    ...top.files.filter((f) => f.endsWith('.html') && f !== 'index.html').map((f) => at(f)),
    ...top.folders.filter((f) => f !== EMBED_FOLDER).map((f) => at(`${f}/*`)),
  ];
  return [
    at('*'),
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    ...framed.flatMap((path) => [path, `  ${NO_FRAMING.name}: ${NO_FRAMING.value}`]),
    at('_astro/*'),
    `  Cache-Control: ${IMMUTABLE}`,
    at('pagefind/*'),
    `  Cache-Control: ${DAY}`,
    ...['', ...bundles.map((b) => `${b}/`)].flatMap((bundle) =>
      HASHED_FOLDERS.flatMap((folder) => [at(`pagefind/${bundle}${folder}/*`), `  Cache-Control: ${IMMUTABLE}`]),
    ),
    '',
  ].join('\n');
}

/** The folders and files at the top of a built site, in name order. */
export function siteTop(dist: string): SiteTop {
  const entries = readdirSync(dist, { withFileTypes: true }).toSorted((a, b) => a.name.localeCompare(b.name));
  return { folders: entries.filter((e) => e.isDirectory()).map((e) => e.name), files: entries.filter((e) => e.isFile()).map((e) => e.name) };
}
