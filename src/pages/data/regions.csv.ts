import type { APIRoute } from 'astro';
import { regionsCsv } from '../../lib/downloads/region-files.ts';
import { siteData } from '../../lib/data/site-data.ts';

export const GET: APIRoute = async () => new Response(regionsCsv((await siteData()).regions), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
