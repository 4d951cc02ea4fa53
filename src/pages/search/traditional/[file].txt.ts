import type { APIRoute, GetStaticPaths } from 'astro';
import * as OpenCC from 'opencc-js';
import { changedCharacters, characterFiles } from '../../../lib/search/search-query.ts';

const convert = OpenCC.Converter({ from: 't', to: 'cn' });

export const getStaticPaths = (() => characterFiles().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

/** The traditional characters of 256 code points that the search page converts; built with the pipeline's own OpenCC settings. */
export const GET: APIRoute = ({ params }) =>
  new Response(changedCharacters(convert, params.file), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
