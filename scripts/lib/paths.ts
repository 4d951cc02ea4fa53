import { resolve } from 'node:path';

/** Where each stage reads and writes; tests point these at temporary folders. */
export const paths = {
  seeds: resolve(process.env.SEEDS_DIR ?? 'seeds'),
  content: resolve(process.env.CONTENT_DIR ?? 'content'),
  /** Hand-maintained, so it stays in the repository's content/ whatever CONTENT_DIR says. */
  taxonomy: resolve(process.env.TAXONOMY_FILE ?? 'content/indicators.yaml'),
  themes: resolve(process.env.THEMES_FILE ?? 'content/themes.yaml'),
  chrome: resolve(process.env.CHROME_FILE ?? 'content/chrome.yaml'),
  measureWords: resolve(process.env.MEASURE_WORDS_FILE ?? 'content/measure-words.yaml'),
  /** Editors' reviews, one file per report (docs/reviews.md); hand-maintained like the taxonomy. */
  reviews: resolve(process.env.REVIEWS_DIR ?? 'content/reviews'),
  dist: resolve(process.env.DIST_DIR ?? 'dist'),
  /** Each report's cleaned text and facts from earlier builds, by content hash (scripts/content/report-cache.ts). */
  contentCache: resolve(process.env.CONTENT_CACHE_DIR ?? 'node_modules/.cache/union-reports-content'),
  /** Search bundles from earlier builds, by the records they hold (scripts/search/bundle-cache.ts). */
  searchCache: resolve(process.env.SEARCH_CACHE_DIR ?? 'node_modules/.cache/union-reports-search'),
  /** Link previews drawn by earlier builds, by their SVG (src/lib/images/render-png.ts, which reads it from IMAGE_CACHE_DIR). */
  imageCache: resolve(process.env.IMAGE_CACHE_DIR ?? 'node_modules/.cache/union-reports-png'),
};
