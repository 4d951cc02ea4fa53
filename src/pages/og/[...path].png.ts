import type { APIRoute, GetStaticPaths } from 'astro';
import { type OgImage, ogImages } from '../../lib/og-images.ts';
import { renderPng } from '../../lib/render-png.ts';
import { siteData } from '../../lib/site-data.ts';

export const getStaticPaths = (async () =>
  ogImages(await siteData()).map((image) => ({ params: { path: image.path }, props: { image } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ image: OgImage }> = ({ props }) =>
  new Response(renderPng(props.image.svg()), { headers: { 'Content-Type': 'image/png' } });
