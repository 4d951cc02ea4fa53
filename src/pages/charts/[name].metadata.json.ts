import type { APIRoute, GetStaticPaths } from 'astro';
import { type CsvDownload, csvDownloads } from '../../lib/downloads/chart-downloads.ts';
import { csvMetadata } from '../../lib/downloads/csv-metadata.ts';
import { siteData } from '../../lib/data/site-data.ts';

export const getStaticPaths = (async () =>
  csvDownloads(await siteData()).map((file) => ({ params: { name: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: CsvDownload }> = ({ props }) =>
  new Response(csvMetadata(props.file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
