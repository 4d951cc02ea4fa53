import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { indexListings, indexReports, indexSite } from '../../scripts/search/index-site.ts';
import { pageRecords } from '../../scripts/search/page-records.ts';
import { searchBundles } from '../../scripts/search/preload-index.ts';
import { reportReading, reportSearchEntry } from '../../scripts/search/report-records.ts';
import { BLOCK_STEP, SEARCH_FILES, type SearchCatalog, blockRange, readBlockFile, readCatalog } from '../../src/contracts/search-records.ts';
import { readingUnits, tokenText } from '../../src/contracts/search-tokens.ts';
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
  it.each(reports)('%s: one record of the page’s own text that holds every fact; outline and blocks placed by its locations', (file) => {
    const reading = reportReading(readFileSync(join(content, 'reports', file), 'utf8'));
    const { outline } = reading;
    const { record, blocks } = reportSearchEntry(reading, BLOCK_STEP);
    const id = file.replace(/\.mdx$/, '');
    const html = readFileSync(join(dist, 'reports', id, 'index.html'), 'utf8');
    const text = tokenText(record.content);
    expect(pageText(id)).toContain(matchKey(text));
    for (const fact of facts.filter((f) => f.report === id)) expect(matchKey(text), fact.id).toContain(matchKey(fact.text));
    // Location n is the n-th letter or digit: each section's heading begins at its location.
    const units = readingUnits(text);
    expect(outline.sections.length).toBeGreaterThan(0);
    for (const [anchor, title, start] of outline.sections) {
      expect(html).toContain(`id="${anchor}"`);
      expect(matchKey(units.slice(start).join(''))).toMatch(new RegExp(`^${matchKey(title)}`));
    }
    expect(blocks).toHaveLength(Math.ceil(units.length / BLOCK_STEP));
    blocks.forEach((block, n) => {
      const { heading, text: shown } = readBlockFile(block);
      const { from, to } = blockRange(n, BLOCK_STEP);
      expect(shown).toBe(units.slice(from, to).join(''));
      expect(html).toContain(heading.title);
      expect(heading.sections).toEqual(outline.sections);
    });
  });

  it('publishes Pagefind’s search code once, in the primary bundle, without the ready-made interfaces the site does not use', () => {
    const bundle = readdirSync(join(dist, 'pagefind'));
    expect(bundle).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-highlight.js', 'pagefind-worker.js']));
    expect(bundle.filter((f) => /-ui\.(?:js|css)$/.test(f))).toEqual([]);
    for (const folder of searchBundles(dist).slice(1)) {
      expect(readdirSync(join(dist, 'pagefind', folder), { withFileTypes: true }).filter((f) => f.isFile()).map((f) => f.name).sort()).toEqual([
        'pagefind-entry.json',
        expect.stringMatching(/^pagefind\.und_\w+\.pf_meta$/),
      ]);
    }
  });

  it('publishes every report in the catalog under the id Pagefind answers with, in a report bundle, with its blocks', () => {
    const file = JSON.parse(readFileSync(join(dist, SEARCH_FILES.catalog), 'utf8')) as SearchCatalog;
    // A collection this small keeps the smallest blocks.
    expect(file.blockUnits).toBe(BLOCK_STEP);
    const catalog = readCatalog(file);
    const [primary, ...bundles] = searchBundles(dist);
    expect(primary).toBe('');
    expect(bundles.length).toBeGreaterThan(0);
    // The listing pages' bundle holds no report.
    const pages = new Set(readdirSync(join(dist, 'pagefind', 'fragment')));
    const fragments = new Map(bundles.flatMap((b) => readdirSync(join(dist, 'pagefind', b, 'fragment')).map((f) => [f, join(dist, 'pagefind', b, 'fragment', f)] as const)));
    expect([...catalog.values()].map((r) => r.id).sort()).toEqual(reports.map((f) => f.replace(/\.mdx$/, '')).sort());
    for (const [record, report] of catalog) {
      expect(pages.has(`${record}.pf_fragment`)).toBe(false);
      expect(fragments.has(`${record}.pf_fragment`)).toBe(true);
      // Stored without the tokens it was indexed by: the search page never fetches a report's record.
      const stored = gunzipSync(readFileSync(fragments.get(`${record}.pf_fragment`)!)).toString('utf8');
      expect(JSON.parse(stored.slice('pagefind_dcd'.length))).toMatchObject({ url: `/reports/${report.id}/`, content: '' });
      const { heading, text } = readBlockFile(readFileSync(join(dist, SEARCH_FILES.block(report.id, 0)), 'utf8'));
      expect(heading.region).toBe(report.region);
      expect(heading.sections.length).toBeGreaterThan(0);
      expect(text).toMatch(/\p{Script=Han}/u);
    }
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

describe('search bundles from the cache', () => {
  /** Every file the search stage writes (the index and the search page's files), by path, with its bytes. */
  const written = (site: string) =>
    new Map(
      ['pagefind', 'search'].flatMap((top) =>
        readdirSync(join(site, top), { recursive: true, encoding: 'utf8' })
          .filter((f) => statSync(join(site, top, f)).isFile())
          .map((f) => [join(top, f), readFileSync(join(site, top, f)).toString('base64')] as const),
      ),
    );
  /** Both sites hold the same search files, byte for byte. */
  const expectSameIndex = (site: string, other: string) => {
    const [mine, theirs] = [written(site), written(other)];
    expect([...mine.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [path, bytes] of theirs) expect(mine.get(path) === bytes, path).toBe(true);
  };

  it('indexes the reports from the content alone, before the site exists, into the index the built site gets', async () => {
    const work = mkdtempSync(join(tmpdir(), 'reports-first-'));
    try {
      const [early, late, aside] = ['early', 'late', 'aside'].map((f) => join(work, f)) as [string, string, string];
      const reports = await indexReports(content, aside, { bundleReports: 2 });
      expect(reports.bundles.length).toBeGreaterThan(1);
      expect(existsSync(early)).toBe(false);
      for (const site of [early, late]) cpSync(realpathSync(dist), site, { recursive: true });
      await indexListings(early, reports);
      expect(existsSync(aside)).toBe(false);
      await indexSite(late, content, { bundleReports: 2 });
      expectSameIndex(early, late);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('copies every unchanged report bundle, and the result is what indexing them afresh writes', async () => {
    const work = mkdtempSync(join(tmpdir(), 'bundle-reuse-'));
    try {
      const [cached, fresh, cache] = ['cached', 'fresh', 'cache'].map((f) => join(work, f)) as [string, string, string];
      for (const site of [cached, fresh]) cpSync(realpathSync(dist), site, { recursive: true });
      const first = await indexSite(cached, content, { bundleReports: 2, cache });
      expect(first.bundles.length).toBeGreaterThan(1);
      expect(first.reused).toBe(0);
      const again = await indexSite(cached, content, { bundleReports: 2, cache });
      expect(again.reused).toBe(again.bundles.length);
      await indexSite(fresh, content, { bundleReports: 2 });
      expectSameIndex(cached, fresh);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
