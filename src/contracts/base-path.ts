/**
 * The path the site is served under, from BASE_PATH: `/union-reports/` for
 * `union-reports`, `/union-reports` or `/union-reports/`; `/` when unset. Astro's `base`
 * and the build's `_headers` read it from here, the pages through src/lib/links/site-url.ts.
 */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed) || trimmed.split('/').some((s) => /^\.+$/.test(s))) {
    throw new Error(`BASE_PATH "${value}": use a path of letters, digits and . _ ~ -, such as /union-reports/`);
  }
  return `/${trimmed}/`;
}
