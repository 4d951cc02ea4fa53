import { ogImages } from './og-images.ts';
import { type PngRenderer, pngRenderer } from './render-png.ts';
import type { SiteData } from '../data/site-data.ts';

let renderer: Promise<PngRenderer> | undefined;

/**
 * One renderer for every PNG file of a build (the link previews), its fonts cut to the
 * characters of all of them. Charts' PNG downloads are drawn by the reader's browser.
 */
export function siteImageRenderer(data: SiteData): Promise<PngRenderer> {
  renderer ??= pngRenderer(ogImages(data).map((i) => i.svg()));
  return renderer;
}
