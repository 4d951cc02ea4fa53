import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
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

describe('chart downloads made in the browser', () => {
  async function downloaded(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
  }

  it('saves the view on show as an SVG file with its title, what the figures are, and the address of that view', async () => {
    const { page, errors, context } = await openContext(browser, site.url, { acceptDownloads: true });
    await page.goto(`${site.url}/indicators/aid-funds/?per=total&scale=log`);
    const { name, bytes } = await downloaded(page, '#chart button[data-download="svg"]');
    expect(name).toBe('indicator-aid-funds-total-log.svg');
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('>帮扶慰问资金（报告合计，对数刻度）</text>');
    expect(svg).toContain('>报告合计：各报告所载数字，时期长短不同。</text>');
    expect(svg).toContain(`来源：工会工作报告对比 http://localhost:4321/indicators/aid-funds/?per=total&amp;scale=log</text>`);
    // Every bar of the view on the page is in the file.
    const bars = await page.$$eval(`${visibleView()} .chart-wide .mark`, (marks) => marks.length);
    expect(svg.match(/class="mark/g)).toHaveLength(bars);
    // Well-formed XML, as an image viewer or an editor reads it.
    const parsed = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null, svg);
    expect(parsed).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the same chart as a PNG at twice its size', async () => {
    const { page, errors, context } = await openContext(browser, site.url, { acceptDownloads: true });
    await page.goto(`${site.url}/compare/kuitun-vs-changli/?per=total`);
    const svg = (await downloaded(page, '#pair-chart button[data-download="svg"]')).bytes.toString('utf8');
    expect(svg).toContain('/compare/kuitun-vs-changli/?per=total</text>');
    const { name, bytes } = await downloaded(page, '#pair-chart button[data-download="png"]');
    expect(name).toBe('compare-kuitun-vs-changli-total-linear.png');
    // PNG signature, then the IHDR's width and height.
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const [width, height] = [/width="([\d.]+)"/, /height="([\d.]+)"/].map((r) => Number(r.exec(svg)![1]));
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([Math.round(width! * 2), Math.round(height! * 2)]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers them only where the script runs', async () => {
    const { page, context } = await openContext(browser, site.url, { javaScriptEnabled: false });
    await page.goto(`${site.url}/`);
    expect(await page.locator('.chart-download').first().isVisible()).toBe(false);
    await context.close();
  });
});
