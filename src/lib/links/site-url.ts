/** The site's name, as pages, images and downloads credit it. */
export const SITE_NAME = '工会工作报告对比';

/**
 * A page's full address, for canonical links, link previews and the source line of a
 * download: the configured site (`SITE_URL`) joined with the site path.
 */
export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), `${import.meta.env.SITE.replace(/\/?$/, '/')}`).href;
}

/** `来源：工会工作报告对比 https://…/indicators/aid-funds/?per=total`: the line a downloaded chart or table carries. */
export function sourceLine(path: string): string {
  return `来源：${SITE_NAME} ${absoluteUrl(path)}`;
}
