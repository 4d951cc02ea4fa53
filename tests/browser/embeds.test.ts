import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { type StaticSite, serveStatic } from '../helpers/static-server.ts';

const { dist } = inject('site');
const EMBED = '/embed/indicators/aid-funds/';
const PAGE = '/indicators/aid-funds/';

let browser: Browser;
let site: StaticSite;
/** A newsroom's page on another origin (another port), framing one embed and one ordinary page. */
let newsroom: Server;
let newsroomUrl: string;

beforeAll(async () => {
  site = await serveStatic(dist);
  newsroom = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>newsroom</title>
<iframe name="embed" src="${site.url}${EMBED}" width="640" height="480"></iframe>
<iframe name="page" src="${site.url}${PAGE}" width="640" height="480"></iframe>`);
  });
  await new Promise<void>((done) => newsroom.listen(0, '127.0.0.1', done));
  newsroomUrl = `http://127.0.0.1:${(newsroom.address() as AddressInfo).port}/`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((done) => newsroom?.close(done));
});

/** What a frame shows: its chart count and heading, or null when the browser refused to show the page. */
async function shown(frame: Frame) {
  if (!frame.url().startsWith(site.url)) return null;
  return frame.evaluate(() => ({ charts: document.querySelectorAll('svg.chart, .chart-view svg').length, heading: document.querySelector('h1, h2, figcaption')?.textContent ?? '' }));
}

describe('embedding a chart', () => {
  it('shows an embed page inside a frame on another origin, and refuses to frame any other page', async () => {
    expect(new URL(newsroomUrl).origin).not.toBe(new URL(site.url).origin);
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const framed: Record<string, string> = {};
    page.on('response', (response) => {
      if (response.url().startsWith(site.url) && response.request().resourceType() === 'document') framed[new URL(response.url()).pathname] = response.headers()['x-frame-options'] ?? '';
    });
    await page.goto(newsroomUrl, { waitUntil: 'load' });
    const embed = await shown(page.frame({ name: 'embed' })!);
    expect(embed?.charts).toBeGreaterThan(0);
    expect(embed?.heading).not.toBe('');
    expect(await shown(page.frame({ name: 'page' })!)).toBeNull();
    expect(framed).toEqual({ [EMBED]: '', [PAGE]: 'DENY' });
    await context.close();
  });

  it('keeps embed pages out of the sitemap and out of search engines', () => {
    const sitemap = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
    expect(sitemap).toContain(PAGE);
    expect(sitemap).not.toContain('/embed/');
    const html = readFileSync(`${dist}${EMBED}index.html`, 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${PAGE}"`));
  });
});
