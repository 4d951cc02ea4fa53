import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_LANGUAGE, searchTokens } from '../../src/contracts/search-tokens.ts';
import type { SearchRecord } from './report-records.ts';

/**
 * Pages found by what they are about, not by what they quote: the reports' text is searched
 * in the reports themselves, and comparison pages (every pair of regions) only restate it.
 */
const SKIPPED = /^(reports|compare|search|og|charts|data|_astro|pagefind)\//;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeHtml(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.startsWith('#x') || name.startsWith('#X') ? `0x${name.slice(2)}` : name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? whole),
  );
}

/** The first page of every listing the site has (indicators, themes, regions, about), as a search record of its title and description. */
export function pageRecords(site: string): SearchRecord[] {
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => f.endsWith('index.html') && f !== 'index.html' && !SKIPPED.test(f))
    // Later pages of a paged list (`themes/skills/2/`) repeat the first page's title.
    .filter((f) => !f.split('/').some((part) => /^\d+$/.test(part)))
    .sort();
  return pages.map((file) => {
    const html = readFileSync(join(site, file), 'utf8');
    const title = unescapeHtml(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '').trim();
    const description = unescapeHtml(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
    return {
      url: `/${file.slice(0, -'index.html'.length)}`,
      content: searchTokens(`${title}。${description}`),
      language: SEARCH_LANGUAGE,
      meta: { title, description },
      filters: {},
    };
  });
}
