import { ogImages } from './og-images.ts';
import { type PngRenderer, keepDrawings, pngRenderer } from './render-png.ts';
import type { SiteData } from '../data/site-data.ts';

export interface SiteImage {
  /** Path under /og/, without `.png`. */
  path: string;
  svg: string;
}

let drawings: SiteImage[] | undefined;
let renderer: Promise<PngRenderer> | undefined;

/**
 * Every PNG file of a build (the link previews), each drawn once: the drawings key the
 * incremental build (src/lib/incremental/page-keys.ts) and cut the renderer's fonts, and
 * are drawn again by neither. Their cached drawings are kept for the next build.
 */
export function siteImages(data: SiteData): SiteImage[] {
  if (!drawings) {
    drawings = ogImages(data).map((image) => ({ path: image.path, svg: image.svg() }));
    keepDrawings(drawings.map((image) => image.svg));
  }
  return drawings;
}

/**
 * One renderer for every PNG file of a build, its fonts cut to the characters of all of
 * them. Charts' PNG downloads are drawn by the reader's browser.
 */
export function siteImageRenderer(data: SiteData): Promise<PngRenderer> {
  renderer ??= pngRenderer(siteImages(data).map((image) => image.svg));
  return renderer;
}
