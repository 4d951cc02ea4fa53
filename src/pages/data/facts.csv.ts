import type { APIRoute } from 'astro';
import { factsCsv } from '../../lib/downloads/data-files.ts';
import { readFactsData } from '../../lib/data/facts-data.ts';

export const GET: APIRoute = () => new Response(factsCsv(readFactsData()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
