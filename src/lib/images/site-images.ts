import { chartDownloads } from '../downloads/chart-downloads.ts';
import { ogImages } from './og-images.ts';
import { type PngRenderer, pngRenderer } from './render-png.ts';
import type { SiteData } from '../data/site-data.ts';

let renderer: Promise<PngRenderer> | undefined;

/** One renderer for every PNG of a build, its fonts cut to the characters of all of them. */
export function siteImageRenderer(data: SiteData): Promise<PngRenderer> {
  renderer ??= pngRenderer([...chartDownloads(data).map((c) => c.svg()), ...ogImages(data).map((i) => i.svg())]);
  return renderer;
}
