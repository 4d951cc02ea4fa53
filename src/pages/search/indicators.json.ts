import type { APIRoute } from 'astro';
import { siteData } from '../../lib/data/site-data.ts';

/** The indicators a search can answer with figures, as `[id, name]`: the search page matches queries against the names. */
export const GET: APIRoute = async () => {
  const { indicators, values } = await siteData();
  const answered = new Set(values.map((v) => v.indicator));
  const vocabulary = indicators.filter((i) => answered.has(i.id)).map((i) => [i.id, i.zh]);
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
