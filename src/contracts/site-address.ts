/** Where `npm start` serves the site, and so the address a build without SITE_URL assumes. */
export const LOCAL_ADDRESS = 'http://localhost:4321';

/**
 * The address the site is served from, from SITE_URL: an http(s) URL, or LOCAL_ADDRESS when
 * unset. Astro's `site` reads it from here; the build checks it before anything is staged, since
 * Astro would only fail on it halfway through, and without saying which setting was wrong.
 */
export function siteAddress(value: string | undefined): string {
  if (value === undefined || value === '') return LOCAL_ADDRESS;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL "${value}": use the http(s) address the site is served from, such as https://example.org`);
  }
  // Astro keeps only the origin of \`site\` in canonical and preview addresses: a path here would vanish from them.
  if (url.pathname !== '/') {
    throw new Error(`SITE_URL "${value}" has a path: give the address without it (${url.origin}) and the path as BASE_PATH=${url.pathname.replace(/\/?$/, '/')}`);
  }
  return value;
}
