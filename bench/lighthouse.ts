import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

export type LighthouseScores = Record<string, { performance: number; accessibility: number; 'best-practices': number; seo: number }>;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse's four category scores (0–100) for each path, in Debian's Chromium. */
export async function lighthouseScores(dist: string, paths: string[]): Promise<LighthouseScores> {
  const site = await serveStatic(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const out: LighthouseScores = {};
  try {
    for (const path of paths) {
      const result = await lighthouse(`${site.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const categories = result!.lhr.categories;
      out[path] = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as LighthouseScores[string];
    }
  } finally {
    chrome.kill();
    await site.close();
  }
  return out;
}
