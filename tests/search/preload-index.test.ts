import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadIndex, searchBundles, staticImports } from '../../scripts/search/preload-index.ts';

let site = '';
afterEach(() => rmSync(site, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  site = mkdtempSync(join(tmpdir(), 'preload-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
}

const BUNDLE = {
  'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { und: { hash: 'und_abc', wasm: 'unknown', page_count: 3 } } }),
  'pagefind/pagefind.und_abc.pf_meta': '',
  'pagefind/wasm.unknown.pagefind': '',
};

describe('staticImports', () => {
  it('follows static imports through every module once, under the base path only, leaving dynamic ones', () => {
    write({
      '_astro/page.A1.js': 'import{t as e}from"./shared.B2.js";import"../_astro/style.C3.js";const p=import("/pagefind/pagefind.js");',
      '_astro/shared.B2.js': 'import{u}from"./deep.D4.js";export const t=1;',
      '_astro/style.C3.js': 'import{t}from"./shared.B2.js";',
      '_astro/deep.D4.js': 'import x from"https://elsewhere.example/x.js";export const u=2;',
    });
    expect(staticImports(site, '/', ['/_astro/page.A1.js']).sort()).toEqual(['/_astro/deep.D4.js', '/_astro/shared.B2.js', '/_astro/style.C3.js']);
  });

  it('reads modules under a base path from the site folder itself', () => {
    write({ '_astro/page.js': 'import"./shared.js";', '_astro/shared.js': 'export{}' });
    expect(staticImports(site, '/union-reports/', ['/union-reports/_astro/page.js'])).toEqual(['/union-reports/_astro/shared.js']);
  });
});

describe('preloadIndex', () => {
  const page = (head: string) =>
    `<html><head>${head}<script type="module" src="/r/_astro/search.js"></script><script type="module" src="/r/_astro/layout.js"></script></head><body></body></html>`;

  it('preloads the index metadata, the wasm and the modules the page’s scripts import, and gives the same page when run again', () => {
    write({
      ...BUNDLE,
      '_astro/search.js': 'import{a}from"./site-url.X.js";',
      '_astro/layout.js': 'import{a}from"./site-url.X.js";',
      '_astro/site-url.X.js': 'export const a=1;',
      'search/index.html': page('<link rel="preload" href="/r/pagefind/pagefind-entry.json" as="fetch" crossorigin data-index-files>'),
    });
    preloadIndex(site);
    const once = readFileSync(join(site, 'search/index.html'), 'utf8');
    const links = [...once.matchAll(/<link [^>]*>/g)].map((m) => m[0]);
    const tag = /data-entry-tag="([0-9a-f]{16})"/.exec(once)?.[1];
    expect(links).toEqual([
      `<link rel="preload" href="/r/pagefind/pagefind-entry.json?ts=${tag}" as="fetch" crossorigin data-index-files data-bundle="" data-entry-tag="${tag}">`,
      '<link rel="preload" href="/r/pagefind/pagefind.und_abc.pf_meta" as="fetch" crossorigin data-index-files>',
      '<link rel="preload" href="/r/pagefind/wasm.unknown.pagefind" as="fetch" crossorigin data-index-files>',
      '<link rel="modulepreload" href="/r/_astro/site-url.X.js" data-index-files>',
    ]);
    preloadIndex(site);
    expect(readFileSync(join(site, 'search/index.html'), 'utf8')).toBe(once);
  });

  it('gives the entry file a new address when it changes, and keeps it while it does not', () => {
    write({ ...BUNDLE, '_astro/search.js': '', '_astro/layout.js': '', 'search/index.html': page('<link rel="preload" href="/r/pagefind/pagefind-entry.json" as="fetch" crossorigin data-index-files>') });
    const tagOf = () => /data-entry-tag="([^"]+)"/.exec(readFileSync(join(site, 'search/index.html'), 'utf8'))?.[1];
    preloadIndex(site);
    const first = tagOf();
    preloadIndex(site);
    expect(tagOf()).toBe(first);
    writeFileSync(join(site, 'pagefind/pagefind-entry.json'), BUNDLE['pagefind/pagefind-entry.json'].replace('"page_count":3', '"page_count":4'));
    preloadIndex(site);
    expect(tagOf()).not.toBe(first);
  });

  it('names the page when it has no marked preload', () => {
    write({ ...BUNDLE, 'search/index.html': page('') });
    expect(() => preloadIndex(site)).toThrow(/search\/index\.html: no preload marked data-index-files/);
  });

  it('preloads each report bundle’s entry file under its own tag and its metadata, but no second wasm', () => {
    write({
      ...BUNDLE,
      'pagefind/reports-1/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { und: { hash: 'und_r1', wasm: 'unknown', page_count: 2 } } }),
      'pagefind/reports-1/pagefind.und_r1.pf_meta': '',
      'pagefind/reports-0/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { und: { hash: 'und_r0', wasm: 'unknown', page_count: 2 } } }),
      'pagefind/reports-0/pagefind.und_r0.pf_meta': '',
      'pagefind/index/x.pf_index': '',
      '_astro/search.js': '',
      '_astro/layout.js': '',
      'search/index.html': page('<link rel="preload" href="/r/pagefind/pagefind-entry.json" as="fetch" crossorigin data-index-files>'),
    });
    expect(searchBundles(site)).toEqual(['', 'reports-0', 'reports-1']);
    preloadIndex(site);
    const html = readFileSync(join(site, 'search/index.html'), 'utf8');
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/\?ts=.*/, ''));
    expect(hrefs).toEqual([
      '/r/pagefind/pagefind-entry.json',
      '/r/pagefind/pagefind.und_abc.pf_meta',
      '/r/pagefind/wasm.unknown.pagefind',
      '/r/pagefind/reports-0/pagefind-entry.json',
      '/r/pagefind/reports-0/pagefind.und_r0.pf_meta',
      '/r/pagefind/reports-1/pagefind-entry.json',
      '/r/pagefind/reports-1/pagefind.und_r1.pf_meta',
    ]);
    const bundles = [...html.matchAll(/data-bundle="([^"]*)" data-entry-tag="([0-9a-f]{16})"/g)].map((m) => [m[1], m[2]]);
    expect(bundles.map(([folder]) => folder)).toEqual(['', 'reports-0', 'reports-1']);
    expect(new Set(bundles.map(([, tag]) => tag)).size).toBe(3);
  });
});
