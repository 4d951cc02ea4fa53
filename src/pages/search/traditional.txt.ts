import type { APIRoute } from 'astro';
import * as OpenCC from 'opencc-js';
import { changedCharacters } from '../../lib/search/search-query.ts';

/** The traditional characters the search page converts; built with the pipeline's own OpenCC settings. */
export const GET: APIRoute = () =>
  new Response(changedCharacters(OpenCC.Converter({ from: 't', to: 'cn' })), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
