import type { APIRoute } from 'astro';
import { readFactsData } from '../../lib/data/facts-data.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(readFactsData(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
