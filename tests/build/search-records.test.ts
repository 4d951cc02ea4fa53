import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pageRecords } from '../../scripts/search/page-records.ts';
import { reportRecords } from '../../scripts/search/report-records.ts';
import { tokenText } from '../../src/contracts/search-tokens.ts';
import { matchKey } from '../../src/lib/search/search-query.ts';

const { content, dist } = inject('site');
const facts = JSON.parse(readFileSync(join(content, 'data', 'facts.json'), 'utf8')).facts as Array<{ id: string; report: string; text: string }>;
const reports = readdirSync(join(content, 'reports')).filter((f) => f.endsWith('.mdx'));

/** A report page's main text, as letters and digits. */
function pageText(id: string): string {
  const html = readFileSync(join(dist, 'reports', id, 'index.html'), 'utf8');
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return matchKey(main.replace(/<span popover[\s\S]*?<\/span><\/mark>/g, '').replace(/<[^>]+>/g, '').replace(/&[a-z#\d]+;/g, ''));
}

describe('report search records', () => {
  it.each(reports)('%s: every passage is the page’s own text, at an anchor the page has, and together they hold every fact', (file) => {
    const records = reportRecords(readFileSync(join(content, 'reports', file), 'utf8'));
    const id = file.replace(/\.mdx$/, '');
    const page = pageText(id);
    const html = readFileSync(join(dist, 'reports', id, 'index.html'), 'utf8');
    for (const record of records) {
      expect(page, record.url).toContain(matchKey(tokenText(record.content)));
      const anchor = record.url.split('#')[1];
      if (anchor) expect(html).toContain(`id="${anchor}"`);
    }
    const text = matchKey(records.map((r) => tokenText(r.content)).join(''));
    for (const fact of facts.filter((f) => f.report === id)) expect(text, fact.id).toContain(matchKey(fact.text));
  });
});

describe('page search records', () => {
  const records = pageRecords(dist);
  it('files the listing pages by their title and description, not reports, pairs or later pages of a list', () => {
    const urls = records.map((r) => r.url);
    expect(urls).toContain('/indicators/workers-bookhouses/');
    expect(urls).toContain('/themes/rights/');
    expect(urls.some((u) => /^\/(reports|compare|search)\//.test(u) || /\/\d+\/$/.test(u))).toBe(false);
    const bookhouses = records.find((r) => r.url === '/indicators/workers-bookhouses/')!;
    expect(bookhouses.meta.title).toBe('职工书屋');
    expect(tokenText(bookhouses.content)).toContain('职工书屋');
  });
});
