import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { type StaticSite, serveStatic } from '../helpers/static-server.ts';

const { dist } = inject('site');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Paths of every URL in the sitemap Astro wrote. */
const SITEMAP = [...readFileSync(`${dist}/sitemap-0.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

/**
 * Three pages of each page type (the first path segment), largest first: axe judges
 * templates and their widest data, and a full sitemap grows with every report.
 */
function pagesPerType(paths: string[], each: number): string[] {
  const bytes = (path: string) => readFileSync(`${dist}${path}index.html`).length;
  const types = Map.groupBy(paths, (path) => path.split('/')[1] ?? '');
  return [...types.values()].flatMap((group) => group.toSorted((a, b) => bytes(b) - bytes(a) || a.localeCompare(b)).slice(0, each));
}

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  site = await serveStatic(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the pages of the sitemap', () => {
  it('list every page type', () => {
    for (const path of ['/', '/about/', '/data/', '/search/', '/reports/kuitun-2025/', '/indicators/aid-funds/', '/themes/rights/', '/compare/kuitun-vs-changli/']) {
      expect(SITEMAP).toContain(path);
    }
  });

  it('load, every one, under the Content-Security-Policy with no console error and no request to another host', async () => {
    const visit = await openContext(browser, site.url);
    const violations: string[] = [];
    await visit.page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await visit.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of SITEMAP) {
      await visit.page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      expect(await visit.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    }
    await visit.page.goto(`${site.url}/search/?q=${encodeURIComponent('職工書屋')}`);
    await visit.page.waitForSelector('#search-results .result');
    expect(visit.errors).toEqual([]);
    expect(violations).toEqual([]);
    expect(visit.foreign).toEqual([]);
    await visit.context.close();
  });

  it('have no serious or critical accessibility violation (axe-core) on three pages of each type, in light and dark', async () => {
    const found: string[] = [];
    const pages = pagesPerType(SITEMAP, 3);
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected as a script, which the site's own policy rightly forbids.
      const visit = await openContext(browser, site.url, { bypassCSP: true, colorScheme });
      for (const path of pages) {
        await visit.page.goto(`${site.url}${path}`);
        await visit.page.addScriptTag({ content: AXE });
        const violations = await visit.page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
          const result = await axe.run();
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`);
        });
        found.push(...violations.map((v) => `${colorScheme} ${path}: ${v}`));
      }
      await visit.context.close();
    }
    expect(found).toEqual([]);
  });
});

describe('a 375 px phone', () => {
  it('fits every page type: nothing wider than the screen outside a scroll box, no squeezed names, no clipped cell', async () => {
    const visit = await openContext(browser, site.url, { viewport: { width: 375, height: 800 } });
    const found: string[] = [];
    for (const path of pagesPerType(SITEMAP, 1)) {
      await visit.page.goto(`${site.url}${path}`);
      const problems = await visit.page.evaluate(() => {
        const out: string[] = [];
        const width = document.documentElement.clientWidth;
        const scrolls = (el: Element | null): boolean => {
          for (let e = el; e; e = e.parentElement) if (/auto|scroll/.test(getComputedStyle(e).overflowX)) return true;
          return false;
        };
        const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.className || ''} “${(el.textContent ?? '').trim().slice(0, 12)}”`;
        if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways (${document.documentElement.scrollWidth} px)`);
        for (const el of document.querySelectorAll('main *')) {
          const box = el.getBoundingClientRect();
          if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
          if (box.right > width + 1 && !scrolls(el.parentElement)) out.push(`${name(el)} ends at ${Math.round(box.right)} px`);
        }
        for (const cell of document.querySelectorAll<HTMLElement>('table.data th[scope="row"], table.data td')) {
          const em = parseFloat(getComputedStyle(cell).fontSize);
          const text = (cell.textContent ?? '').trim();
          // A name wrapped to two characters a line: the cell is narrower than three of them.
          if (cell.matches('th') && text.length > 3 && cell.clientWidth < 3 * em) out.push(`${name(cell)} squeezed to ${cell.clientWidth} px`);
          if (cell.scrollWidth > cell.clientWidth + 1) out.push(`${name(cell)} clipped`);
        }
        return out;
      });
      found.push(...problems.slice(0, 5).map((p) => `${path}: ${p}`));
    }
    expect(found).toEqual([]);
    await visit.context.close();
  });
});

describe('a report’s figures', () => {
  it('open their details on a tap, styled as a card, and close them again', async () => {
    const visit = await openContext(browser, site.url);
    await visit.page.goto(`${site.url}/reports/kuitun-2025/`);
    const fact = visit.page.locator('mark.fact', { has: visit.page.locator('a[href^="/indicators/"]') }).first();
    const card = fact.locator('[popover]');
    expect(await card.isVisible()).toBe(false);
    await fact.locator('button').first().click();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toMatch(/指标：.+→/);
    expect(await card.locator('button').count()).toBe(0);
    // The site's card, not the browser's bare popover: its padding and shadow.
    const style = await card.evaluate((el) => ({ padding: getComputedStyle(el).paddingLeft, shadow: getComputedStyle(el).boxShadow }));
    expect(style.padding).toBe('16px');
    expect(style.shadow).not.toBe('none');
    // It closes as a popover does: on Esc, on the figure again, on a tap elsewhere.
    const number = fact.locator('button').first();
    await visit.page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await number.click();
    await expect.poll(() => card.isVisible()).toBe(true);
    await number.click();
    await expect.poll(() => card.isVisible()).toBe(false);
    await number.click();
    await expect.poll(() => card.isVisible()).toBe(true);
    await visit.page.locator('h1').click();
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });
});

describe('data tables', () => {
  it('sort by a column on a header press, largest first, reports without the figure last', async () => {
    const visit = await openContext(browser, site.url);
    const rows = (table: Locator) => table.locator('tbody tr').evaluateAll((trs) => trs.map((r) => r.getAttribute('data-region')));
    // An indicator's page tables the reports that give it.
    await visit.page.goto(`${site.url}/indicators/wage-arrears-recovered/`);
    const table = visit.page.locator('#chart table.data');
    const header = table.locator('thead th', { hasText: '折合每年' });
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await rows(table)).toEqual(['kuitun', 'chengzhong']);
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await rows(table)).toEqual(['chengzhong', 'kuitun']);
    // A theme's small multiple tables what it draws, 未提及 rows too: they stay last either way.
    await visit.page.goto(`${site.url}/themes/rights/`);
    const figure = visit.page.locator('figure.multiple', { has: visit.page.locator('a[href^="/indicators/wage-arrears-recovered/"]') });
    await figure.locator('summary').click();
    const multiple = figure.locator('table.data');
    const column = multiple.locator('thead th', { hasText: '折合每年' });
    for (const [direction, first] of [['descending', ['kuitun', 'chengzhong']], ['ascending', ['chengzhong', 'kuitun']]] as const) {
      await column.locator('button').click();
      expect(await column.getAttribute('aria-sort')).toBe(direction);
      const sorted = await rows(multiple);
      expect(sorted.slice(0, 2)).toEqual(first);
      expect(sorted.slice(2).sort()).toEqual(['changli', 'xinjiang']);
    }
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });
});

describe('keyboard', () => {
  it('reaches the header search, the chart toggles and the downloads with Tab', async () => {
    const visit = await openContext(browser, site.url);
    await visit.page.goto(`${site.url}/indicators/aid-funds/`);
    const reached = new Set<string>();
    // The table before the downloads links each summed value's parts as well.
    for (let i = 0; i < 80; i++) {
      await visit.page.keyboard.press('Tab');
      reached.add(
        await visit.page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return el.id ? `#${el.id}` : el.dataset.set ? `set:${el.dataset.set}` : el.hasAttribute('download') ? 'download' : el.tagName;
        }),
      );
    }
    for (const stop of ['#site-search-q', 'set:per=year', 'set:scale=log', 'set:highlight=kuitun', 'download']) expect(reached).toContain(stop);
    await visit.page.focus('button[data-set="scale=log"]');
    await visit.page.keyboard.press('Enter');
    expect(new URL(visit.page.url()).search).toBe('?scale=log');
    await visit.context.close();
  });
});

describe('hostile input', () => {
  it('renders a report full of markup and script as text: no dialog, no script of its own runs', async () => {
    const server = await serveStatic(inject('hostile'));
    const visit = await openContext(browser, server.url);
    const dialogs: string[] = [];
    visit.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await visit.page.goto(`${server.url}/reports/hostile-2025/`, { waitUntil: 'networkidle' });
    expect(dialogs).toEqual([]);
    expect(await visit.page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
    const text = await visit.page.locator('main').innerText();
    for (const literal of ['<script>alert(1)</script>', '<div onmouseover="alert(2)" onclick=alert(3)>', '<a href="javascript:alert(4)">', '{alert(6)}']) expect(text).toContain(literal);
    expect(await visit.page.locator('main a[href^="javascript:"], main [onmouseover], main [onclick], main svg[onload]').count()).toBe(0);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
    await server.close();
  });
});
