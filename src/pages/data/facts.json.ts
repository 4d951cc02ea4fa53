import type { APIRoute } from 'astro';
import { readFactsData } from '../../lib/data/facts-data.ts';
import { jsonLines } from '../../lib/downloads/json-lines.ts';

export const GET: APIRoute = () =>
  new Response(jsonLines({ ...readFactsData() }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
