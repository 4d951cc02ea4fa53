import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { searchBundles } from '../scripts/search/preload-index.ts';
import { reportSections } from '../scripts/search/report-records.ts';
import { searchPlan } from '../src/contracts/search-tokens.ts';
import { matchKey } from '../src/lib/search/search-query.ts';
import { launchBrowser, openContext } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { median } from './median.ts';

/** The queries a reader tries first: a venue, a right, an honour. */
export const SEARCH_QUERIES = ['职工书屋', '欠薪', '劳模'];

export interface QueryFigures {
  query: string;
  /** Everything the search page fetched until its first results were shown, page included, gzipped as a host sends it. */
  firstResultsGzipBytes: number;
  /** From navigation start to the first result on screen, cold cache, median of runs. */
  firstResultsMs: number;
  /** Pagefind alone on the same index: navigation start to its first result's data(), median of runs. */
  pagefindAloneMs: number;
  /**
   * Pagefind's search() alone, without data(): each report is one record, so the yardstick's
   * data() fetches a whole report, which the search page never does.
   */
  pagefindSearchMs: number;
  ratio: number;
  /** Reports whose text holds the query (read from their content), what the page states, and how many `显示更多` reaches. */
  holding: number;
  stated: number;
  reached: number;
}

export interface SearchFigures {
  /** Everything Pagefind wrote, and the part that is the index itself (index chunks, fragments, metadata). */
  bundleBytes: number;
  indexBytes: number;
  queries: QueryFigures[];
  runs: number;
}

function sizes(dir: string): Array<[string, number]> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => [f, statSync(f).size]);
}

/**
 * A page of nothing but Pagefind's own API, merging the same bundles: the yardstick the search
 * page is held to. Its script is a file of its own, as the site's Content-Security-Policy
 * (sent by `_headers`) runs no inline script.
 */
const ALONE_PAGE = 'bench-pagefind-alone.html';
const ALONE_SCRIPT = 'bench-pagefind-alone.js';

function writeAlonePage(dist: string, query: string, data: boolean, bundles: string[]): void {
  writeFileSync(join(dist, ALONE_PAGE), `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><script type="module" src="./${ALONE_SCRIPT}"></script></html>`);
  writeFileSync(
    join(dist, ALONE_SCRIPT),
    `const pagefind = await import('./pagefind/pagefind.js');
for (const folder of ${JSON.stringify(bundles.filter(Boolean))}) pagefind.mergeIndex(\`/pagefind/\${folder}/\`);
const found = await pagefind.search(${JSON.stringify(query)});
${data ? 'await found.results[0].data();' : ''}
document.documentElement.dataset.doneMs = String(performance.now());
`,
  );
}

/** Report ids whose text (every passage, as indexed) holds the query. */
function reportsHolding(content: string, query: string): Set<string> {
  const held = new Set<string>();
  for (const file of readdirSync(join(content, 'reports')).filter((f) => f.endsWith('.mdx'))) {
    const { report, sections } = reportSections(readFileSync(join(content, 'reports', file), 'utf8'));
    if (sections.some((s) => matchKey(s.text).includes(matchKey(query)))) held.add(report.id);
  }
  return held;
}

async function timeRuns(browser: Browser, origin: string, url: string, runs: number, ready: string, stamp: 'firstResultMs' | 'doneMs'): Promise<{ ms: number; gzipBytes: number }> {
  const times: number[] = [];
  const bytes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const visit = await openContext(browser, origin);
    // Stamped in the page when the first result is inserted, so the figure has no polling delay in it.
    await visit.page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#search-results .result')) return;
        document.documentElement.dataset.firstResultMs = String(performance.now());
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    let fetched = 0;
    visit.page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const path = new URL(response.url()).pathname;
      fetched += /\.pf_|\/wasm\./.test(path) ? body.length : Math.min(body.length, gzipSync(body).length);
    });
    await visit.page.goto(url);
    await visit.page.waitForSelector(ready, { timeout: 60_000 });
    times.push(Number(await visit.page.evaluate((key) => document.documentElement.dataset[key], stamp)));
    await visit.page.waitForLoadState('networkidle');
    bytes.push(fetched);
    await visit.context.close();
  }
  return { ms: Math.round(median(times)), gzipBytes: median(bytes) };
}

/** Clicks `显示更多` until it goes, and returns the stated report count and the reports listed. */
async function reach(browser: Browser, origin: string, url: string): Promise<{ stated: number; reached: Set<string> }> {
  const visit = await openContext(browser, origin);
  await visit.page.goto(url);
  await visit.page.waitForFunction(() => document.documentElement.dataset.searchShown !== undefined, null, { timeout: 60_000 });
  const stated = Number(/(\d+)份报告/.exec((await visit.page.textContent('#search-summary')) ?? '')?.[1] ?? NaN);
  while (await visit.page.isVisible('#search-more')) {
    const before = await visit.page.locator('#search-results .result').count();
    await visit.page.click('#search-more');
    await visit.page.waitForFunction((n) => document.querySelectorAll('#search-results .result').length > n && !document.querySelector('.result-pending'), before, {
      timeout: 60_000,
    });
  }
  const urls = await visit.page.$$eval('#search-results .result-title', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  await visit.context.close();
  return { stated, reached: new Set(urls.map((u) => u.split('/')[2]!)) };
}

/** Search cost and reach on a built site, measured in headless Chromium with a fresh cache each run. */
export async function searchFigures(dist: string, content: string, runs = 5): Promise<SearchFigures> {
  const bundle = sizes(join(dist, 'pagefind'));
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  const queries: QueryFigures[] = [];
  try {
    for (const query of SEARCH_QUERIES) {
      const page = `${site.url}/search/?q=${encodeURIComponent(query)}`;
      const shown = await timeRuns(browser, site.url, page, runs, '#search-results .result', 'firstResultMs');
      writeAlonePage(dist, searchPlan(query)!.ranked, true, searchBundles(dist));
      const alone = await timeRuns(browser, site.url, `${site.url}/${ALONE_PAGE}`, runs, 'html[data-done-ms]', 'doneMs');
      writeAlonePage(dist, searchPlan(query)!.ranked, false, searchBundles(dist));
      const searchAlone = await timeRuns(browser, site.url, `${site.url}/${ALONE_PAGE}`, runs, 'html[data-done-ms]', 'doneMs');
      const holding = reportsHolding(content, query);
      const { stated, reached } = await reach(browser, site.url, page);
      queries.push({
        query,
        firstResultsGzipBytes: shown.gzipBytes,
        firstResultsMs: shown.ms,
        pagefindAloneMs: alone.ms,
        pagefindSearchMs: searchAlone.ms,
        ratio: Math.round((shown.ms / alone.ms) * 100) / 100,
        holding: holding.size,
        stated,
        reached: [...holding].filter((id) => reached.has(id)).length,
      });
    }
  } finally {
    for (const file of [ALONE_PAGE, ALONE_SCRIPT]) rmSync(join(dist, file), { force: true });
    await browser.close();
    await site.close();
  }
  return {
    bundleBytes: bundle.reduce((n, [, s]) => n + s, 0),
    indexBytes: bundle.filter(([f]) => /\.pf_(index|fragment|meta|filter)$/.test(f)).reduce((n, [, s]) => n + s, 0),
    queries,
    runs,
  };
}
