import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { type StaticSite, serveStatic } from '../helpers/static-server.ts';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveStatic(inject('site').dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const visibleView = (id = '#chart') => `${id} .chart-view:not([hidden])`;

describe('chart views in the URL', () => {
  it('reopens a copied indicator link with ?per=year&scale=log in that view', async () => {
    const { page, errors, foreign, context } = await openContext(browser, site.url);
    await page.goto(`${site.url}/indicators/aid-funds/?per=year&scale=log&highlight=changli~kuitun`);
    await expect.poll(() => page.getAttribute(visibleView(), 'data-view')).toBe('year-log');
    expect(await page.getAttribute('button[data-set="per=year"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('button[data-set="scale=log"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('button[data-set="highlight=changli"]', 'aria-pressed')).toBe('true');
    const dimmed = await page.$$eval(`${visibleView()} .chart-wide .mark.dimmed`, (marks) => marks.map((m) => m.getAttribute('data-region')));
    expect(dimmed.sort()).toEqual(['chengzhong', 'xinjiang']);
    expect(await page.getAttribute('#chart a[data-download-view$=".svg"]', 'href')).toBe('/charts/indicator-aid-funds-year-log.svg');
    expect(await page.getAttribute('#chart button[data-png-view]', 'data-png-from')).toBe('/charts/indicator-aid-funds-year-log.svg');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('highlights one report by its id, a region by its id', async () => {
    const { page, context } = await openContext(browser, site.url);
    await page.goto(`${site.url}/indicators/aid-funds/?highlight=kuitun-2025`);
    const dimmed = () => page.$$eval(`${visibleView()} .chart-wide .mark.dimmed`, (marks) => marks.map((m) => m.getAttribute('data-report')).sort());
    await expect.poll(dimmed).toEqual(['changli-2025', 'chengzhong-2019-2024', 'xinjiang-2018-2023']);
    await page.goto(`${site.url}/indicators/aid-funds/?highlight=no-such-report`);
    await expect.poll(dimmed).toEqual([]);
    await context.close();
  });

  it('writes the reader’s choices back to the URL', async () => {
    const { page, context } = await openContext(browser, site.url);
    await page.goto(`${site.url}/indicators/aid-funds/`);
    await page.click('button[data-set="scale=log"]');
    await page.click('button[data-set="per=total"]');
    await page.click('button[data-set="highlight=kuitun"]');
    expect(new URL(page.url()).search).toBe('?per=total&scale=log&highlight=kuitun');
    expect(await page.getAttribute(visibleView(), 'data-view')).toBe('total-log');
    // Back to the default (per year): the URL drops what it no longer needs.
    await page.click('button[data-set="per=year"]');
    await page.click('button[data-set="highlight=kuitun"]');
    expect(new URL(page.url()).search).toBe('?scale=log');
    await context.close();
  });

  it('shows the default chart and its table with JavaScript off', async () => {
    const { page, context } = await openContext(browser, site.url, { javaScriptEnabled: false });
    await page.goto(`${site.url}/indicators/aid-funds/?per=total&scale=log`);
    expect(await page.getAttribute(visibleView(), 'data-view')).toBe('year-linear');
    expect(await page.isVisible(`${visibleView()} .chart-wide svg`)).toBe(true);
    expect(await page.isVisible('#chart table.data')).toBe(true);
    expect(await page.isVisible('.chart-controls')).toBe(false);
    await context.close();
  });

  it('switches to the narrow chart on a 360 px screen', async () => {
    const { page, context } = await openContext(browser, site.url, { viewport: { width: 360, height: 800 } });
    await page.goto(`${site.url}/compare/kuitun-vs-changli/`);
    expect(await page.isVisible('#pair-chart .chart-narrow svg')).toBe(true);
    expect(await page.isVisible('#pair-chart .chart-wide svg')).toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('PNG downloads', () => {
  it('draws the view’s chart, with its title and source line, as a PNG in the browser', async () => {
    const { page, errors, context } = await openContext(browser, site.url, { acceptDownloads: true });
    await page.goto(`${site.url}/indicators/aid-funds/?per=total`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#chart button[data-png-from]')]);
    expect(download.suggestedFilename()).toBe('indicator-aid-funds-total-linear.png');
    const bytes = readFileSync((await download.path())!);
    // PNG signature, then the IHDR's width and height: twice the standalone SVG's size.
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const svg = readFileSync(join(inject('site').dist, 'charts/indicator-aid-funds-total-linear.svg'), 'utf8');
    const [width, height] = [/width="([\d.]+)"/, /height="([\d.]+)"/].map((r) => Number(r.exec(svg)![1]));
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([Math.round(width! * 2), Math.round(height! * 2)]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('sharing', () => {
  it('copies the address with its view state', async () => {
    const { page, context } = await openContext(browser, site.url, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.url}/indicators/aid-funds/?scale=log`);
    await page.click('[data-copy-link]');
    await expect.poll(() => page.textContent('.share-status')).toBe('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}/indicators/aid-funds/?scale=log`);
    await context.close();
  });
});
