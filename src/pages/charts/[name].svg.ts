import type { APIRoute, GetStaticPaths } from 'astro';
import { type ChartDownload, chartDownloads } from '../../lib/downloads/chart-downloads.ts';
import { siteData } from '../../lib/data/site-data.ts';

export const getStaticPaths = (async () =>
  chartDownloads(await siteData()).map((chart) => ({ params: { name: chart.name }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ChartDownload }> = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${props.chart.svg()}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
