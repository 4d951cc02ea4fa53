import { describe, expect, it } from 'vitest';
import { headersFile } from '../../scripts/site/headers.ts';

describe('headersFile', () => {
  it('sends the policy with frame-ancestors for every page, under the base path', () => {
    const file = headersFile('/union-reports/', []);
    expect(file).toMatch(/^\/union-reports\/\*\n {2}Content-Security-Policy: default-src 'self';[^\n]*; frame-ancestors 'none'\n/);
    expect(file).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('keeps hashed assets a year and Pagefind’s entry files a day', () => {
    const file = headersFile('/', []);
    expect(file).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(file).toMatch(/\/pagefind\/\*\n {2}Cache-Control: public, max-age=86400\n/);
    expect(file).toMatch(/\/pagefind\/fragment\/\*\n {2}Cache-Control: [^\n]*immutable/);
    expect(file.split('\n').filter((l) => l.startsWith('/')).every((l) => l.startsWith('/') && !l.startsWith('//'))).toBe(true);
  });

  it('keeps each report bundle’s hashed index files a year, under the base path', () => {
    const file = headersFile('/r/', ['reports-0', 'reports-1']);
    for (const bundle of ['', 'reports-0/', 'reports-1/']) {
      for (const folder of ['fragment', 'index', 'filter']) expect(file).toContain(`\n/r/pagefind/${bundle}${folder}/*\n  Cache-Control: public, max-age=31536000, immutable\n`);
    }
    expect(file).not.toContain('/r/pagefind/reports-2/');
  });
});
