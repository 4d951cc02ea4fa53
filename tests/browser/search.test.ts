import type { Browser, Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexSite } from '../../scripts/search/index-site.ts';
import { searchBundles } from '../../scripts/search/preload-index.ts';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { CHENGZHONG, KUITUN, SEED_QUERIES as TABLE, SEED_REPORTS, XINJIANG } from '../helpers/search-queries.ts';
import { type StaticSite, serveStatic } from '../helpers/static-server.ts';

let browser: Browser;
let site: StaticSite;
let page: Page;

beforeAll(async () => {
  site = await serveStatic(inject('site').dist);
  browser = await launchBrowser();
  page = (await openContext(browser, site.url)).page;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const [K, X, C] = [KUITUN, XINJIANG, CHENGZHONG];
const ALL = SEED_REPORTS;

/** Opens the search page for a query and returns the result URLs once they are shown. */
async function search(query: string, on = { page: () => page, site: () => site }): Promise<string[]> {
  const tab = on.page();
  await tab.goto(`${on.site().url}/search/?q=${encodeURIComponent(query)}`);
  await tab.waitForFunction(() => document.documentElement.dataset.searchShown !== undefined);
  return tab.$$eval('#search-results .result-title', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const reportsIn = (urls: string[]) => [...new Set(urls.filter((u) => u.startsWith('/reports/')).map((u) => u.split('/')[2]!))].sort();

describe('search by place', () => {
  it.each(['Changli', 'changli', 'Chānglí', 'chang li', '昌黎', '昌黎县'])('%s finds the region first, with its pair pages', async (query) => {
    await search(query);
    expect(await page.isVisible('#search-places [data-place="changli"]')).toBe(true);
    const links = await page.$$eval('#search-places a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links[0]).toBe('/regions/changli/');
    expect(links).toContain('/compare/kuitun-vs-changli/');
    // Above every result: the place comes first.
    const before = await page.evaluate(() => document.querySelector('#search-places')!.compareDocumentPosition(document.querySelector('#search-results')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(before).toBeTruthy();
  });

  it('finds the reports naming a place typed in pinyin as those naming it in Chinese', async () => {
    expect(await search('Changli')).toEqual(await search('昌黎'));
  });

  it('says which reports of the place do not mention the topic, and lists the reports that do', async () => {
    const urls = await search('欠薪 昌黎');
    expect(await page.textContent('#search-places .place-note')).toBe('昌黎的报告没有提到“欠薪”。');
    expect(reportsIn(urls)).toEqual([K, X, C].sort());
    await search('农民工 昌黎');
    expect(await page.isVisible('#search-places [data-place="changli"]')).toBe(true);
    expect(await page.$('#search-places .place-note')).toBeNull();
  });

  it('finds no place in a query naming none', async () => {
    await search('欠薪');
    expect(await page.isVisible('#search-places')).toBe(false);
  });
});

describe('search in Chinese', () => {
  it.each(TABLE)('%s finds exactly its reports', async (query, expected) => {
    expect(reportsIn(await search(query))).toEqual([...expected].sort());
  });

  it.each([
    ['工會', '工会'],
    ['職工書屋', '职工书屋'],
    ['幫扶', '帮扶'],
  ])('%s (traditional) finds the same pages as %s', async (traditional, simplified) => {
    expect(await search(traditional)).toEqual(await search(simplified));
  });

  it('opens with the ?q= of a shared link and keeps the URL in step with typing', async () => {
    await search('驿站');
    expect(await page.inputValue('#search-q')).toBe('驿站');
    await page.fill('#search-q', '职工书屋');
    await page.waitForFunction(() => document.querySelector('#search-summary')?.textContent?.includes('职工书屋'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('职工书屋');
  });

  it('lands on the passage with the terms highlighted', async () => {
    await search('追回欠薪');
    const first = await page.getAttribute('#search-results .result-title', 'href');
    expect(first).toContain('pagefind-highlight=');
    await page.click('#search-results .result-title');
    await page.waitForSelector('mark.search-hit');
    expect(await page.textContent('mark.search-hit')).toBe('追回欠薪');
  });

  it('filters by page type and region', async () => {
    await search('职工书屋');
    await page.click('[data-filter="type"] .pill:has-text("报告")');
    await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length === 4);
    await page.click('[data-filter="region"] .pill:has-text("昌黎")');
    await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length === 1);
    expect(await page.textContent('#search-results .result-about')).toContain('昌黎县');
  });

  it('shows no filter counts for a search with no result', async () => {
    await search('职工书屋');
    expect(await page.isVisible('.search-filters')).toBe(true);
    await search('无此词语无此词语');
    expect(await page.textContent('#search-summary')).toContain('0份报告');
    expect(await page.isVisible('.search-filters')).toBe(false);
  });

  it('lists the reports, the full text, before the pages that only name the term', async () => {
    for (const query of ['职工书屋', '欠薪']) {
      const urls = await search(query);
      expect(urls.length, query).toBeGreaterThan(0);
      expect(urls.every((u) => u.startsWith('/reports/')), `${query}: ${urls.join(' ')}`).toBe(true);
      // The other pages wait, closed, after the reports, and are fetched when opened.
      const after = await page.evaluate(() => document.querySelector('#search-results')!.compareDocumentPosition(document.querySelector('#search-pages')!) & Node.DOCUMENT_POSITION_FOLLOWING);
      expect(after).toBeTruthy();
    }
    await search('职工书屋');
    await page.click('#search-pages summary');
    await page.waitForSelector('#search-pages li a');
    const pages = await page.$$eval('#search-pages li a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(pages).toContain('/indicators/workers-bookhouses/');
  });

  it('states how many reports hold the term, fetching no record and one block of text per report it shows', async () => {
    const fragments: string[] = [];
    const blocks: string[] = [];
    const listen = (response: { url: () => string }) => {
      if (response.url().endsWith('.pf_fragment')) fragments.push(response.url());
      if (response.url().includes('/search/text/')) blocks.push(response.url());
    };
    page.on('response', listen);
    await search('劳模');
    page.off('response', listen);
    expect(await page.textContent('#search-summary')).toMatch(/^“劳模”：4份报告/);
    // A report's record is the whole report: the count and the excerpts need none of them.
    expect(fragments).toEqual([]);
    expect(blocks.length).toBeLessThanOrEqual(4);
  });

  it('loads what its start-up waits for from the preloads in its head, each once, the entry file under its tag', async () => {
    const visit = await openContext(browser, site.url);
    const requested: string[] = [];
    visit.page.on('request', (request) => requested.push(new URL(request.url()).pathname + new URL(request.url()).search));
    await visit.page.goto(`${site.url}/search/?q=${encodeURIComponent('欠薪')}`);
    await visit.page.waitForFunction(() => document.documentElement.dataset.searchShown !== undefined);
    const preloads = await visit.page.$$eval('link[data-index-files]', (links) => links.map((l) => ({ href: l.getAttribute('href')!, tag: (l as HTMLElement).dataset.entryTag })));
    await visit.context.close();
    const tag = preloads.find((p) => p.tag)?.tag;
    expect(preloads.map((p) => p.href)).toEqual(expect.arrayContaining([`/pagefind/pagefind-entry.json?ts=${tag}`, expect.stringMatching(/\.pf_meta$/), expect.stringMatching(/\/wasm\./), expect.stringMatching(/^\/_astro\/.+\.js$/)]));
    for (const { href } of preloads) expect(requested.filter((r) => r === href), href).toHaveLength(1);
    expect(requested.filter((r) => r.startsWith('/pagefind/pagefind-entry.json'))).toEqual([`/pagefind/pagefind-entry.json?ts=${tag}`]);
  });

  it('answers with the figures of the indicator a query names, each linking to its fact', async () => {
    await search('追回欠薪');
    const cards = await page.$$eval('#search-answers .answer a', (as) => as.map((a) => ({ text: a.textContent ?? '', href: new URL((a as HTMLAnchorElement).href) })));
    const values = JSON.parse(readFileSync(join(inject('site').content, 'data', 'indicator-values.json'), 'utf8')) as Array<{ indicator: string; report: string; facts: string[] }>;
    const expected = values.filter((v) => v.indicator === 'wage-arrears-recovered');
    expect(expected.length).toBeGreaterThan(0);
    for (const value of expected) {
      const card = cards.find((c) => c.href.pathname === `/reports/${value.report}/` && c.href.hash === `#${value.facts[0]}`);
      expect(card, value.report).toBeDefined();
      expect(card!.text).toContain('追回欠薪');
      const html = readFileSync(join(inject('site').dist, 'reports', value.report, 'index.html'), 'utf8');
      expect(html).toContain(`id="${value.facts[0]}"`);
    }
    await page.click('[data-filter="type"] .pill:has-text("只看数字")');
    await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length === 0);
    expect(await page.locator('#search-answers .answer').count()).toBe(cards.length);
  });

  it('links each report result to sections that hold the term, with an excerpt that holds it', async () => {
    await search('职工书屋');
    const results = await page.$$eval('#search-results .result', (items) =>
      items.map((item) => ({
        url: new URL(item.querySelector<HTMLAnchorElement>('.result-title')!.href).pathname,
        excerpt: item.querySelector('.result-excerpt')?.textContent ?? '',
        sections: [...item.querySelectorAll<HTMLAnchorElement>('.result-sections a')].map((a) => new URL(a.href).hash.slice(1)),
      })),
    );
    const reports = results.filter((r) => r.url.startsWith('/reports/'));
    expect(reports).toHaveLength(4);
    for (const { url, excerpt, sections } of reports) {
      expect(excerpt, url).toContain('职工书屋');
      for (const id of sections) {
        // The section as the page shows it: its heading and the text up to the next heading.
        const held = await page.evaluate(
          async ([path, anchor]) => {
            const doc = new DOMParser().parseFromString(await (await fetch(path!)).text(), 'text/html');
            const heading = doc.getElementById(anchor!);
            if (!heading) return null;
            let text = heading.textContent ?? '';
            for (let node = heading.nextElementSibling; node && !/^H[1-3]$/.test(node.tagName); node = node.nextElementSibling) text += node.textContent;
            return text;
          },
          [url, id],
        );
        expect(held, `${url}#${id}`).toContain('职工书屋');
      }
    }
  });

  it('focuses the header search box with / and submits to the search page', async () => {
    await page.goto(`${site.url}/indicators/aid-funds/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('驿站');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => document.documentElement.dataset.searchShown === '驿站');
    expect(await page.inputValue('#search-q')).toBe('驿站');
  });
});

describe('search across report bundles', () => {
  // The same site indexed with one report per bundle, as a large collection is indexed in several.
  let folder = '';
  let split: StaticSite;
  let splitPage: Page;
  const on = { page: () => splitPage, site: () => split };
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'split-index-'));
    cpSync(realpathSync(inject('site').dist), folder, { recursive: true });
    const summary = await indexSite(folder, inject('site').content, { bundleReports: 1 });
    expect(summary.bundles).toHaveLength(ALL.length);
    split = await serveStatic(folder);
    splitPage = (await openContext(browser, split.url)).page;
  });
  afterAll(async () => {
    await split?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes each report in a bundle of its own beside the listing pages', () => {
    expect(searchBundles(folder)).toHaveLength(ALL.length + 1);
  });

  it.each(TABLE)('%s finds exactly its reports, wherever they are indexed', async (query, expected) => {
    expect(reportsIn(await search(query, on))).toEqual([...expected].sort());
  });

  it('counts every bundle’s reports without fetching a record, and still lists the pages that name the term', async () => {
    const fragments: string[] = [];
    splitPage.on('response', (response) => {
      if (response.url().endsWith('.pf_fragment') && response.url().includes('/pagefind/reports')) fragments.push(response.url());
    });
    await search('劳模', on);
    expect(await splitPage.textContent('#search-summary')).toMatch(/^“劳模”：4份报告/);
    expect(fragments).toEqual([]);
    await search('职工书屋', on);
    await splitPage.click('#search-pages summary');
    await splitPage.waitForSelector('#search-pages li a');
    expect(await splitPage.$$eval('#search-pages li a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toContain('/indicators/workers-bookhouses/');
  });
});
