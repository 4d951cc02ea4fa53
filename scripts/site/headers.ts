import { CONTENT_SECURITY_POLICY, FRAME_ANCESTORS } from '../../src/contracts/security.ts';
import { HASHED_FOLDERS } from '../search/pagefind-format.ts';

/** A year: files whose names change with their content can be kept that long. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** A day for Pagefind's entry files, which keep their names from build to build. */
const DAY = 'public, max-age=86400';

/**
 * `_headers` for hosts that read it (Netlify, Cloudflare Pages and others): the
 * Content-Security-Policy as a header, with `frame-ancestors`; a year for Astro's hashed
 * assets and Pagefind's hashed index files, in the primary bundle and in each report bundle
 * (`bundles`, folders under `pagefind/`), a day for Pagefind's entry files. Paths carry the
 * base path the site is built for (`/` or `/union-reports/`, from basePath()).
 */
export function headersFile(base: string, bundles: string[]): string {
  const at = (path: string) => `${base}${path}`;
  return [
    at('*'),
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
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
