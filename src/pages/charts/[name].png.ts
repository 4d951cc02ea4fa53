import type { APIRoute, GetStaticPaths } from 'astro';
import { type ChartDownload, chartDownloads } from '../../lib/chart-downloads.ts';
import { renderPng } from '../../lib/render-png.ts';
import { siteData } from '../../lib/site-data.ts';

export const getStaticPaths = (async () =>
  chartDownloads(await siteData()).map((chart) => ({ params: { name: chart.name }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ChartDownload }> = ({ props }) =>
  new Response(renderPng(props.chart.svg(), 2), { headers: { 'Content-Type': 'image/png' } });
