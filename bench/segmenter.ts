import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_LANGUAGE, searchPlan, searchTokens, tokenText } from '../src/contracts/search-tokens.ts';
import { paths } from '../scripts/lib/paths.ts';
import { nodeSearch } from '../scripts/search/node-search.ts';
import { type SearchRecord, reportReading, reportSearchEntry } from '../scripts/search/report-records.ts';
import { BLOCK_STEP } from '../src/contracts/search-records.ts';
import { SEED_QUERIES, TERM_QUERIES, TERM_TEXT } from '../tests/helpers/search-queries.ts';

/**
 * Pagefind's own Chinese indexing (its extended build's segmenter, and the browser's
 * Intl.Segmenter on the query) against the index tokens (src/contracts/search-tokens.ts), on
 * the search tests' query tables: the seed reports (built content, `npm run ingest` first) and
 * the terms of one written text. Prints a Markdown table per set; docs/search.md keeps the
 * result. `node bench/segmenter.ts`
 */

/** The language Pagefind segments as Chinese. */
const CHINESE = 'zh';

async function indexed(records: SearchRecord[], out: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    }
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
  }
}

/** The same records as plain text, for Pagefind to segment. */
const plain = (records: SearchRecord[]) => records.map((r) => ({ ...r, content: tokenText(r.content), language: CHINESE }));

type Ask = (query: string) => Promise<string[]>;

/** The three ways of asking: the search page's exact phrase of tokens, and plain Pagefind's words and quoted phrase. */
async function askers(work: string, records: SearchRecord[]): Promise<Record<string, Ask>> {
  await indexed(records, join(work, 'tokens'));
  await indexed(plain(records), join(work, 'plain'));
  const [tokens, words] = [await nodeSearch(join(work, 'tokens')), await nodeSearch(join(work, 'plain'))];
  const urls = async (found: Array<{ url: () => Promise<string> }>) => (await Promise.all(found.map((r) => r.url()))).sort();
  return {
    tokens: async (q) => {
      const plan = searchPlan(q);
      return plan ? urls(await tokens.search(plan.exact)) : [];
    },
    'Pagefind, words': async (q) => urls(await words.search(q)),
    'Pagefind, "phrase"': async (q) => urls(await words.search(`"${q}"`)),
  };
}

/** One row per query: what each way found, ✓ when it is what the table expects, else what it missed (−) and found besides (+). */
async function table(title: string, queries: Array<[string, string[]]>, ask: Record<string, Ask>, simplified: (q: string) => string): Promise<void> {
  const ways = Object.keys(ask);
  const passed = Object.fromEntries(ways.map((w) => [w, 0]));
  console.log(`\n${title}\n\n| query | expected | ${ways.join(' | ')} |\n| --- | --- | ${ways.map(() => '---').join(' | ')} |`);
  for (const [query, expected] of queries) {
    const cells = [];
    for (const way of ways) {
      const found = await ask[way]!(simplified(query));
      const missed = expected.filter((e) => !found.includes(e));
      const extra = found.filter((f) => !expected.includes(f));
      if (missed.length + extra.length === 0) passed[way]!++;
      cells.push(missed.length + extra.length === 0 ? '✓' : [...missed.map((m) => `−${m}`), ...extra.map((e) => `+${e}`)].join(' '));
    }
    console.log(`| ${query} | ${expected.join(' ') || '—'} | ${cells.join(' | ')} |`);
  }
  console.log(`| rows passed | | ${ways.map((w) => `${passed[w]}/${queries.length}`).join(' | ')} |`);
}

/** A seed report by its region, the part of its id before the period. */
const short = (url: string) => url.replace(/^\/reports\/([a-z]+)-.*$/, '$1');
const region = (id: string) => id.replace(/-.*$/, '');
const converter = (await import('opencc-js/t2cn')).Converter({ from: 't', to: 'cn' });

const work = mkdtempSync(join(tmpdir(), 'segmenter-'));
try {
  const reports = join(paths.content, 'reports');
  const records = readdirSync(reports)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => reportSearchEntry(reportReading(readFileSync(join(reports, f), 'utf8')), BLOCK_STEP).record);
  const seeds = await askers(join(work, 'seeds'), records);
  const byId = Object.fromEntries(Object.entries(seeds).map(([way, ask]) => [way, async (q: string) => (await ask(q)).map(short)]));
  // The search page converts a traditional query before it asks (src/lib/search/search-query.ts).
  const expected = SEED_QUERIES.map(([q, ids]): [string, string[]] => [q, ids.map(region).sort()]);
  await table('Seed reports (SEED_QUERIES)', expected, byId, converter);

  const text = { url: '/text/', content: searchTokens(TERM_TEXT), language: SEARCH_LANGUAGE, meta: { title: '' }, filters: {} };
  const terms = await askers(join(work, 'terms'), [text]);
  await table('Terms of one text (TERM_QUERIES)', TERM_QUERIES.map(([q, held]) => [q, held ? ['/text/'] : []]), terms, (q) => q);
} finally {
  rmSync(work, { recursive: true, force: true });
}
