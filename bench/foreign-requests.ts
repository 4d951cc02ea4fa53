import { launchBrowser, openContext } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

/** Requests to hosts other than the site's own, over a visit to each page in headless Chromium. */
export async function foreignRequests(dist: string, paths: string[]): Promise<string[]> {
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const visit = await openContext(browser, site.url);
    for (const path of paths) await visit.page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    return visit.foreign;
  } finally {
    await browser.close();
    await site.close();
  }
}
