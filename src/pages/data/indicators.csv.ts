import type { APIRoute } from 'astro';
import { indicatorsCsv } from '../../lib/downloads/data-files.ts';
import { siteData } from '../../lib/data/site-data.ts';

export const GET: APIRoute = async () => {
  const data = await siteData();
  return new Response(indicatorsCsv(data.indicators, data.reports, data.values, data.members), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
