import type { APIRoute, GetStaticPaths } from 'astro';
import { type CsvDownload, csvDownloads } from '../../lib/downloads/chart-downloads.ts';
import { siteData } from '../../lib/data/site-data.ts';

export const getStaticPaths = (async () =>
  csvDownloads(await siteData()).map((file) => ({ params: { name: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: CsvDownload }> = ({ props }) =>
  new Response(props.file.csv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
