import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { type StaticSite, serveStatic } from '../helpers/static-server.ts';

const { dist } = inject('site');
const SITEMAP = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a pair typed the other way round', () => {
  it('reaches the pair page', async () => {
    const visit = await openContext(browser, site.url);
    await visit.page.goto(`${site.url}/compare/changli-vs-kuitun/`);
    await visit.page.waitForURL(`${site.url}/compare/kuitun-vs-changli/`);
    expect(await visit.page.locator('h1').textContent()).toContain('昌黎');
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('says where it goes, points its canonical at the pair page and stays out of the sitemap', () => {
    const html = readFileSync(`${dist}/compare/changli-vs-kuitun/index.html`, 'utf8');
    expect(html).toMatch(/<a href="\/compare\/kuitun-vs-changli\/"[^>]*>[^<]*奎屯[^<]*昌黎<\/a>/);
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/compare/kuitun-vs-changli/">');
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/compare\/kuitun-vs-changli\/">/);
    expect(SITEMAP).not.toContain('/compare/changli-vs-kuitun/');
    expect(SITEMAP).toContain('/compare/kuitun-vs-changli/');
  });
});

describe('a region page', () => {
  it('links every pair page its region takes part in', async () => {
    const visit = await openContext(browser, site.url);
    await visit.page.goto(`${site.url}/regions/changli/`);
    const links = await visit.page.locator('[data-region-pairs] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.toSorted()).toEqual(['/compare/chengzhong-vs-changli/', '/compare/kuitun-vs-changli/', '/compare/xinjiang-vs-changli/']);
    await visit.page.locator('[data-region-pairs] a[href="/compare/kuitun-vs-changli/"]').click();
    await visit.page.waitForURL(`${site.url}/compare/kuitun-vs-changli/`);
    await visit.context.close();
  });
});
