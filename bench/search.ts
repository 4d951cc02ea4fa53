import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, openContext } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { median } from './median.ts';

export interface SearchFigures {
  /** Everything Pagefind wrote, and the part that is the index itself (index chunks, fragments, metadata). */
  bundleBytes: number;
  indexBytes: number;
  /** Bytes the search page fetched from /pagefind/ (and the converter list) to show its first results. */
  firstQueryBytes: number;
  /** The same, as a host that gzips its responses sends them (Pagefind's index files are gzipped already). */
  firstQueryGzipBytes: number;
  /** From navigation start to the first result on screen, cold cache, median of runs. */
  firstResultsMs: number;
  runs: number;
}

function sizes(dir: string): Array<[string, number]> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => [f, statSync(f).size]);
}

/** Search cost on a built site, measured in headless Chromium with a fresh cache each run. */
export async function searchFigures(dist: string, query: string, runs = 5): Promise<SearchFigures> {
  const bundle = sizes(join(dist, 'pagefind'));
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  const times: number[] = [];
  const bytes: number[] = [];
  const gzipBytes: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const visit = await openContext(browser, site.url);
      // Stamped in the page when the first result is inserted, so the figure has no polling delay in it.
      await visit.page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('#search-results .result')) return;
          document.documentElement.dataset.firstResultMs = String(performance.now());
          observer.disconnect();
        }).observe(document, { subtree: true, childList: true });
      });
      let fetched = 0;
      let fetchedGzip = 0;
      visit.page.on('response', async (response) => {
        const path = new URL(response.url()).pathname;
        if (!path.startsWith('/pagefind/') && path !== '/search/traditional.txt') return;
        const body = await response.body();
        fetched += body.length;
        fetchedGzip += /\.pf_/.test(path) ? body.length : Math.min(body.length, gzipSync(body).length);
      });
      await visit.page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
      await visit.page.waitForSelector('#search-results .result');
      times.push(Number(await visit.page.evaluate(() => document.documentElement.dataset.firstResultMs)));
      await visit.page.waitForLoadState('networkidle');
      bytes.push(fetched);
      gzipBytes.push(fetchedGzip);
      await visit.context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return {
    bundleBytes: bundle.reduce((n, [, s]) => n + s, 0),
    indexBytes: bundle.filter(([f]) => /\.pf_(index|fragment|meta)$/.test(f)).reduce((n, [, s]) => n + s, 0),
    firstQueryBytes: median(bytes),
    firstQueryGzipBytes: median(gzipBytes),
    firstResultsMs: Math.round(median(times)),
    runs,
  };
}
