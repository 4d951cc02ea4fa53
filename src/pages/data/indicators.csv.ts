import type { APIRoute } from 'astro';
import { indicatorsCsv } from '../../lib/downloads/data-files.ts';
import { readFactsData, readIndicatorValues } from '../../lib/data/facts-data.ts';

export const GET: APIRoute = () => {
  const data = readFactsData();
  return new Response(indicatorsCsv(data.indicators, data.reports, readIndicatorValues()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
