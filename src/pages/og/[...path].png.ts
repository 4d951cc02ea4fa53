import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../lib/data/site-data.ts';
import { siteImageRenderer, siteImages } from '../../lib/images/site-images.ts';
import { imageKey } from '../../lib/incremental/page-keys.ts';

export const getStaticPaths = (async () =>
  siteImages(await siteData()).map((image) => ({ params: { path: image.path }, props: { svg: image.svg }, cacheKey: imageKey(image.svg) }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = async ({ props }) => {
  const render = await siteImageRenderer(await siteData());
  return new Response(await render(props.svg), { headers: { 'Content-Type': 'image/png' } });
};
