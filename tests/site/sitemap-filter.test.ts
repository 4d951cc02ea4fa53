import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asksNoIndex, builtFile, indexedPages } from '../../src/lib/links/sitemap-filter.ts';

describe('asksNoIndex', () => {
  it('reads the robots meta tag', () => {
    expect(asksNoIndex('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(asksNoIndex('<meta name="robots" content="noindex, follow" />')).toBe(true);
    expect(asksNoIndex('<meta name="description" content="noindex 在正文里">')).toBe(false);
    expect(asksNoIndex('<p>noindex</p>')).toBe(false);
  });
});

describe('builtFile', () => {
  it('finds the index.html of a page, under a base path or not', () => {
    expect(builtFile('https://example.org/compare/a-vs-b/', '/out', '/')).toBe('/out/compare/a-vs-b/index.html');
    expect(builtFile('https://example.org/union-reports/compare/a-vs-b/', '/out', '/union-reports/')).toBe('/out/compare/a-vs-b/index.html');
    expect(builtFile('https://example.org/', '/out', '/')).toBe('/out/index.html');
  });
});

describe('indexedPages', () => {
  it('leaves out pages that ask not to be indexed and keeps the rest', () => {
    const out = mkdtempSync(join(tmpdir(), 'sitemap-'));
    mkdirSync(join(out, 'compare/a-vs-b'), { recursive: true });
    mkdirSync(join(out, 'compare/b-vs-a'), { recursive: true });
    writeFileSync(join(out, 'compare/a-vs-b/index.html'), '<title>A与B</title>');
    writeFileSync(join(out, 'compare/b-vs-a/index.html'), '<meta http-equiv="refresh" content="0;url=/compare/a-vs-b/"><meta name="robots" content="noindex">');
    const keep = indexedPages(out, '/');
    expect(keep('https://example.org/compare/a-vs-b/')).toBe(true);
    expect(keep('https://example.org/compare/b-vs-a/')).toBe(false);
    expect(keep('https://example.org/not-built/')).toBe(true);
  });
});
