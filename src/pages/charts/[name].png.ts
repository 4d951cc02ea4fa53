import type { APIRoute, GetStaticPaths } from 'astro';
import { type ChartDownload, chartDownloads } from '../../lib/downloads/chart-downloads.ts';
import { siteData } from '../../lib/data/site-data.ts';
import { siteImageRenderer } from '../../lib/images/site-images.ts';

export const getStaticPaths = (async () =>
  chartDownloads(await siteData()).map((chart) => ({ params: { name: chart.name }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ChartDownload }> = async ({ props }) => {
  const render = await siteImageRenderer(await siteData());
  return new Response(render(props.chart.svg(), 2), { headers: { 'Content-Type': 'image/png' } });
};
