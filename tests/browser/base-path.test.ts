import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { type StaticSite, serveStatic } from '../helpers/static-server.ts';

const BASE = '/union-reports/';
/** The grown collection, built for https://example.org under /union-reports/ (tests/helpers/grown-seeds.ts). */
const { dist, stdout } = inject('grown');
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(dist, BASE);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every address a page points at on its own host: links, scripts, styles, images, forms. */
function internalRefs(html: string, from: URL): URL[] {
  return [...html.matchAll(/\b(?:href|src|action|content)="([^"#]+)(?:#[^"]*)?"/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&'))
    .filter((ref) => ref.startsWith('/') || ref.startsWith('.') || ref.startsWith(from.origin))
    .map((ref) => new URL(ref, from));
}

describe('a site built for a sub-path', () => {
  it('keeps every internal address under the path, and every one answers', async () => {
    const home = new URL(`${site.url}/`);
    const seen = new Set<string>([home.pathname]);
    const queue = [home];
    const outside: string[] = [];
    const broken: string[] = [];
    while (queue.length > 0) {
      const page = queue.shift()!;
      const response = await fetch(page);
      if (response.status !== 200) broken.push(`${page.pathname} ${response.status}`);
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
      for (const ref of internalRefs(await response.text(), page)) {
        if (ref.origin !== home.origin) continue;
        if (!ref.pathname.startsWith(BASE)) outside.push(`${page.pathname} → ${ref.pathname}`);
        else if (!seen.has(ref.pathname)) {
          seen.add(ref.pathname);
          queue.push(new URL(ref.pathname, home));
        }
      }
    }
    expect(outside).toEqual([]);
    expect(broken).toEqual([]);
    // The crawl reaches reports, indicators, regions, pairs and downloads.
    for (const part of ['reports/', 'indicators/', 'regions/', 'charts/', '_astro/', 'data/regions.csv']) {
      expect([...seen].some((p) => p.startsWith(`${BASE}${part}`)), part).toBe(true);
    }
  });

  it('gives canonical and preview addresses with the path', () => {
    const html = readFileSync(join(dist, 'indicators/aid-funds/index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://example.org/union-reports/indicators/aid-funds/">');
    expect(html).toMatch(/<meta property="og:image" content="https:\/\/example\.org\/union-reports\/og\/indicators\/aid-funds\.png">/);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://example.org/union-reports/reports/kuitun-2025/</loc>');
  });

  it('has a 404 page, robots.txt pointing at the sitemap, and _headers for the path', () => {
    expect(existsSync(join(dist, '404.html'))).toBe(true);
    expect(readFileSync(join(dist, '404.html'), 'utf8')).toContain(`action="${BASE}search/"`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/union-reports/sitemap-index.xml');
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/union-reports\/\*\n {2}Content-Security-Policy: /);
    expect(headers).toContain('\n/union-reports/reports/*\n  X-Frame-Options: DENY\n');
    expect(stdout).not.toContain('SITE_URL is not set');
  });

  it('links search results under the path', async () => {
    const { page, errors, foreign, context } = await openContext(browser, site.url);
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('职工书屋')}`);
    await page.waitForSelector('#search-results .result a');
    const links = await page.$$eval('#search-results .result a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.startsWith(BASE))).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('opens the reports a shared pair link names in ?a=&b=, keeping its chart view, and lets the reader choose others', async () => {
    const { page, errors, context } = await openContext(browser, site.url);
    await page.goto(`${site.url}/compare/kuitun-vs-changli/?a=kuitun-2025&b=changli-2024&per=total`);
    await expect.poll(() => page.textContent('[data-pair-part="choice"]')).toContain('（非最新报告）');
    expect(await page.textContent('[data-pair-part="meta"]')).toContain('2024年');
    expect(await page.textContent('[data-pair-part="warning"]')).toContain('两份报告的时期相隔1年');
    // The table and the chart now hold the 2024 report's figures, in the view the link asked for.
    const links = await page.$$eval('[data-pair-part="table"] td a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.some((l) => l === `${BASE}reports/changli-2024/`)).toBe(true);
    expect(links.some((l) => l.includes('changli-2025'))).toBe(false);
    // The table written for the choice sorts as the page's own did.
    await page.click('[data-pair-part="table"] th:nth-child(3) button.sort');
    expect(await page.getAttribute('[data-pair-part="table"] th:nth-child(3)', 'aria-sort')).toBe('descending');
    expect(await page.getAttribute('#pair-chart .chart-view:not([hidden])', 'data-view')).toBe('total-linear');
    expect(await page.locator('#pair-chart .chart-view').count()).toBe(1);
    expect(await page.locator('#pair-chart .chart-view:not([hidden]) .chart-wide svg').count()).toBe(1);
    expect(await page.getAttribute('#pair-chart .chart-view:not([hidden])', 'data-footer')).toContain(`https://example.org${BASE}compare/kuitun-vs-changli/?a=kuitun-2025&b=changli-2024&per=total`);
    // Another view keeps the reports in the address.
    await page.click('#pair-chart button[data-set="per=year"]');
    expect(new URL(page.url()).search).toBe('?a=kuitun-2025&b=changli-2024');
    // Choosing the latest report again returns to the page as built, the view kept; back returns to the choice.
    await page.click('[data-pair-part="choice"] a[data-choose="kuitun-2025~changli-2025"]');
    await expect.poll(() => page.textContent('[data-pair-part="choice"]')).toContain('（两地各自最新的报告）');
    expect(new URL(page.url()).search).toBe('');
    await page.goBack();
    await expect.poll(() => page.textContent('[data-pair-part="choice"]')).toContain('（非最新报告）');
    // A link naming a report of neither region says so and shows the latest two.
    await page.goto(`${site.url}/compare/kuitun-vs-changli/?a=xinjiang-2018-2023&b=changli-2024`);
    await expect.poll(() => page.textContent('[data-pair-part="choice"]')).toContain('不属于这两个地区');
    expect(await page.textContent('[data-pair-part="meta"]')).toContain('2025年');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('serves its own 404 page for an address that does not exist', async () => {
    const response = await fetch(`${site.url}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('找不到这一页');
  });
});
