import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openContext } from '../helpers/browser.ts';
import { GROWN_BASE, GROWN_SITE } from '../helpers/grown-seeds.ts';
import { type StaticSite, serveStatic } from '../helpers/static-server.ts';

/** The grown collection is built with ERROR_REPORT_URL; the seeds' site without it. */
const grown = inject('grown');
const seeds = inject('site');
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(grown.dist, GROWN_BASE);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('报告错误', () => {
  it('opens a report prefilled for the figure it sits beside', async () => {
    const { page, context } = await openContext(browser, site.url);
    await page.goto(`${site.url}/reports/changli-2025/`);
    const mark = page.locator('mark.fact').filter({ has: page.locator('a[href*="/indicators/"]') }).nth(2);
    const id = await mark.getAttribute('id');
    const figure = (await mark.locator('button').textContent())!;
    await mark.locator('button').click();
    const link = mark.locator('[popover] a', { hasText: '报告错误' });
    await expect.poll(() => link.isVisible()).toBe(true);
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe('https://git.example.org/desk/figures/issues/new');
    const body = href.searchParams.get('body')!;
    expect(body).toContain(`页面：${GROWN_SITE}${GROWN_BASE}reports/changli-2025/#${id}`);
    expect(body).toContain(`数字：${figure}`);
    expect(body).toMatch(/原句：.+/);
    expect(body).toMatch(/本站读作：.+（机器读取，未核对|已核对|编辑更正）/);
    expect(href.searchParams.get('title')).toBe(`数字有误：${figure}`);
    await context.close();
  });

  it('sits on every page, and is absent from a site built without ERROR_REPORT_URL', () => {
    for (const path of ['index.html', 'indicators/aid-funds/index.html', 'about/index.html']) {
      expect(readFileSync(join(grown.dist, path), 'utf8'), path).toContain('>报告错误</a>');
      expect(readFileSync(join(seeds.dist, path), 'utf8'), path).not.toContain('>报告错误</a>');
    }
  });
});
