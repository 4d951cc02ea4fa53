import type { APIRoute, GetStaticPaths } from 'astro';
import { type OgImage, ogImages } from '../../lib/images/og-images.ts';
import { siteData } from '../../lib/data/site-data.ts';
import { siteImageRenderer } from '../../lib/images/site-images.ts';
import { imageKey } from '../../lib/incremental/page-keys.ts';

export const getStaticPaths = (async () =>
  ogImages(await siteData()).map((image) => ({ params: { path: image.path }, props: { image }, cacheKey: imageKey(image.svg()) }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ image: OgImage }> = async ({ props }) => {
  const render = await siteImageRenderer(await siteData());
  return new Response(await render(props.image.svg()), { headers: { 'Content-Type': 'image/png' } });
};
