import { describe, expect, it } from 'vitest';
import { headersFile } from '../../scripts/site/headers.ts';

describe('headersFile', () => {
  const TOP = { folders: ['_astro', 'compare', 'embed', 'indicators', 'pagefind'], files: ['404.html', 'index.html', 'robots.txt'] };

  it('sends the policy for every page, under the base path', () => {
    const file = headersFile('/union-reports/', [], TOP);
    expect(file).toMatch(/^\/union-reports\/\*\n {2}Content-Security-Policy: default-src 'self';[^\n]*\n/);
    expect(file).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('refuses framing for every folder and page but the embeddable charts, never sending one header twice', () => {
    const file = headersFile('/union-reports/', [], TOP);
    for (const path of ['/union-reports/', '/union-reports/404.html', '/union-reports/compare/*', '/union-reports/indicators/*', '/union-reports/_astro/*']) {
      expect(file).toContain(`\n${path}\n  X-Frame-Options: DENY\n`);
    }
    expect(file).not.toMatch(/\/embed\//);
    expect(file).not.toContain('frame-ancestors');
    const blocks = file.split(/\n(?=\/)/).map((block) => block.split('\n').slice(1).map((line) => line.split(':')[0]!.trim()).filter(Boolean));
    for (const names of blocks) expect(new Set(names).size).toBe(names.length);
  });

  it('keeps hashed assets a year and Pagefind’s entry files a day', () => {
    const file = headersFile('/', [], TOP);
    expect(file).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(file).toMatch(/\/pagefind\/\*\n {2}Cache-Control: public, max-age=86400\n/);
    expect(file).toMatch(/\/pagefind\/fragment\/\*\n {2}Cache-Control: [^\n]*immutable/);
    expect(file.split('\n').filter((l) => l.startsWith('/')).every((l) => l.startsWith('/') && !l.startsWith('//'))).toBe(true);
  });

  it('keeps each report bundle’s hashed index files a year, under the base path', () => {
    const file = headersFile('/r/', ['reports-0', 'reports-1'], TOP);
    for (const bundle of ['', 'reports-0/', 'reports-1/']) {
      for (const folder of ['fragment', 'index', 'filter']) expect(file).toContain(`\n/r/pagefind/${bundle}${folder}/*\n  Cache-Control: public, max-age=31536000, immutable\n`);
    }
    expect(file).not.toContain('/r/pagefind/reports-2/');
  });
});
