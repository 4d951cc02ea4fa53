import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/links/site-url.ts';

/** Every page may be crawled; the sitemap lists them, at the site's own address. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
