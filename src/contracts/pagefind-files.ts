/**
 * The one file of Pagefind's output that the pages name themselves, and how Pagefind asks for
 * it. Neither is documented; scripts/search/pagefind-format.ts lists every such assumption and
 * tests/search/pagefind-format.test.ts checks them against the installed Pagefind.
 *
 * Pagefind's search code starts from its entry file, which it fetches as
 * `pagefind-entry.json?ts=<metaCacheTag>` when given a cache tag (and with the time instead
 * when not), so a preload names it under that same address.
 */
export const PAGEFIND_ENTRY = 'pagefind-entry.json';

/** The address, relative to a bundle's folder, at which Pagefind fetches its entry file when told `metaCacheTag: tag`. */
export const entryAddress = (tag: string) => `${PAGEFIND_ENTRY}?ts=${tag}`;
