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

/**
 * Where a figure's sentence begins and where the figure is, on the screen: the text of its
 * paragraph before it, cut after the last sentence end, gives the first character.
 */
function placeOnScreen(id: string): { start: number; top: number; bottom: number; height: number; outline: string } {
  const fact = document.getElementById(id)!;
  const block = fact.parentElement!.closest('p, li, td, th, dd, blockquote, h1, h2, h3, h4, h5, h6') ?? fact.parentElement!;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement!.closest('[popover]') || fact.contains(node) || !(fact.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)) continue;
    nodes.push(node as Text);
  }
  const text = nodes.map((n) => n.data).join('');
  const ends = [...text.matchAll(/[。！？；!?;\n][\s”’」』）)】]*/gu)].at(-1);
  let offset = ends ? ends.index + ends[0].length : 0;
  const figure = fact.getBoundingClientRect();
  let start = figure.top;
  for (const node of nodes) {
    if (offset < node.data.length) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      start = range.getBoundingClientRect().top;
      break;
    }
    offset -= node.data.length;
  }
  return { start, top: figure.top, bottom: figure.bottom, height: innerHeight, outline: getComputedStyle(fact).outlineStyle };
}

describe('a link to a figure', () => {
  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 375, height: 667 }],
  ])('opens on %s with the start of its sentence near the top and the figure highlighted on screen', async (_, viewport) => {
    const visit = await openContext(browser, site.url, { viewport });
    await visit.page.goto(`${site.url}/reports/changli-2025/`);
    // Figures well down the page whose sentence begins before them, in the same paragraph.
    const ids = await visit.page.$$eval('.report .fact', (facts) =>
      facts.filter((f) => f.getBoundingClientRect().top > 2 * innerHeight && /[。；][^。；]{12,}$/u.test((f.parentElement?.textContent ?? '').split(f.querySelector('button')?.textContent ?? '')[0] ?? '')).map((f) => f.id),
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids.slice(0, 3)) {
      await visit.page.goto(`${site.url}/reports/changli-2025/#${id}`);
      await visit.page.waitForLoadState('load');
      await visit.page.waitForFunction((target) => {
        const top = document.getElementById(target)!.getBoundingClientRect().top;
        return top > 0 && top < innerHeight;
      }, id);
      const at = await visit.page.evaluate(placeOnScreen, id);
      expect(at.start, id).toBeGreaterThanOrEqual(0);
      expect(at.start, id).toBeLessThan(at.height / 3);
      expect(at.start, id).toBeLessThanOrEqual(at.top);
      expect(at.bottom, id).toBeLessThanOrEqual(at.height);
      expect(at.outline, id).toBe('solid');
    }
    await visit.context.close();
  });
});

describe('a figure card on a phone', () => {
  it('opens beside its figure, below it or above, inside the screen', async () => {
    const visit = await openContext(browser, site.url, { viewport: { width: 375, height: 667 } });
    await visit.page.goto(`${site.url}/reports/kuitun-2025/`);
    for (const n of [0, 5, 12]) {
      const button = visit.page.locator('.report .fact > button').nth(n);
      await button.scrollIntoViewIfNeeded();
      await button.click();
      const at = await visit.page.evaluate((i) => {
        const figure = document.querySelectorAll('.report .fact > button')[i]!;
        const card = figure.nextElementSibling!;
        const [f, c] = [figure.getBoundingClientRect(), card.getBoundingClientRect()];
        return { open: card.matches(':popover-open'), gap: Math.min(Math.abs(c.top - f.bottom), Math.abs(f.top - c.bottom)), left: c.left, right: c.right, width: innerWidth };
      }, n);
      expect(at.open).toBe(true);
      expect(at.gap).toBeLessThan(16);
      expect(at.left).toBeGreaterThanOrEqual(0);
      expect(at.right).toBeLessThanOrEqual(at.width);
      await visit.page.keyboard.press('Escape');
    }
    await visit.context.close();
  });
});
