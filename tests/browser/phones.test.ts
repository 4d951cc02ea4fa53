import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { GROWN_BASE } from '../helpers/grown-seeds.ts';
import { phoneProblems } from '../helpers/phone-layout.ts';
import { type StaticSite, serveStatic } from '../helpers/static-server.ts';

const { dist } = inject('site');
const grown = inject('grown');
const SITEMAP = [...readFileSync(`${dist}/sitemap-0.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
/**
 * The first page of each type the sitemap lists (its first path segment, and whether it is that
 * folder's index or a page in it), and the pages it leaves out on purpose.
 */
const PAGES = [
  ...Map.groupBy(SITEMAP, (path) => path.split('/').slice(1, -1).map((part, i) => (i === 0 ? part : '*')).join('/')).values().map((group) => group[0]!),
  '/search/?q=欠薪',
  '/embed/indicators/aid-funds/',
  '/embed/compare/kuitun-vs-changli/',
];
/** A region two reports speak for, whose time charts only the grown collection has. */
const GROWN_PAGES = ['regions/xinjiang/', 'embed/regions/xinjiang/'];
const PHONES = [360, 375];

let browser: Browser;
let site: StaticSite;
let grownSite: StaticSite;

beforeAll(async () => {
  site = await serveStatic(dist);
  grownSite = await serveStatic(grown.dist, GROWN_BASE);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await grownSite?.close();
});

async function problemsAt(width: number, url: string) {
  const visit = await openContext(browser, new URL(url).origin, { viewport: { width, height: 740 } });
  await visit.page.goto(url);
  await visit.page.evaluate(() => document.fonts.ready);
  const problems = await visit.page.evaluate(phoneProblems, 12);
  await visit.context.close();
  return problems;
}

describe('on a phone', () => {
  it('covers every page type of the sitemap', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['/', '/indicators/', '/compare/', '/regions/', '/themes/', '/about/', '/data/']));
    expect(PAGES.filter((p) => /^\/(reports|indicators|compare|regions|themes)\/[^/]+\/$/.test(p))).toHaveLength(5);
  });

  for (const width of PHONES) {
    it(`draws no text under 12 px and breaks no number or period in a table cell, at ${width} px`, async () => {
      const found: string[] = [];
      const urls = [...PAGES.map((p) => `${site.url}${p}`), ...GROWN_PAGES.map((p) => `${grownSite.url}/${p}`)];
      for (const url of urls) {
        const { small, broken } = await problemsAt(width, url);
        found.push(...small.map((s) => `${url}: small ${s}`), ...broken.map((b) => `${url}: broken ${b}`));
      }
      expect(found).toEqual([]);
    });
  }

  it('says in the search box what to type, and the whole hint fits', async () => {
    const visit = await openContext(browser, site.url, { viewport: { width: 360, height: 740 } });
    await visit.page.goto(`${site.url}/`);
    const box = visit.page.locator('#site-search-q');
    const placeholder = (await box.getAttribute('placeholder'))!;
    expect(placeholder).not.toMatch(/键|key/i);
    expect(placeholder).toMatch(/地区|指标|词/);
    const fits = await box.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      return context.measureText(input.placeholder).width <= room;
    });
    expect(fits).toBe(true);
    await visit.context.close();
  });
});
