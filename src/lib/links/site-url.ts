/** The site's name, as pages, images and downloads credit it. */
export const SITE_NAME = '工会工作报告对比';

/** Where the site lives on its host: `/`, or `/union-reports/` when built with BASE_PATH (Astro's `base`). */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * A site path as a link: `/reports/x/` becomes `/union-reports/reports/x/` under a base
 * path. Every internal link, asset, download and script path goes through here; paths
 * that are not site paths (full addresses, anchors) pass unchanged.
 */
export function sitePath(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith(BASE) ? `${BASE}${path.slice(1)}` : path;
}

/**
 * A page's full address, for canonical links, link previews and the source line of a
 * download: the configured site (`SITE_URL`) joined with the site path under its base.
 */
export function absoluteUrl(path: string): string {
  return new URL(sitePath(path), import.meta.env.SITE).href;
}

/** `来源：工会工作报告对比 https://…/indicators/aid-funds/?per=total`: the line a downloaded chart or table carries. */
export function sourceLine(path: string): string {
  return `来源：${SITE_NAME} ${absoluteUrl(path)}`;
}
