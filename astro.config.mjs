import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { basePath } from './src/contracts/base-path.ts';
import { siteAddress } from './src/contracts/site-address.ts';
import { indexedPages } from './src/lib/links/sitemap-filter.ts';

/** withastro/astro#18087: Astro's own MDX wrapper trips this bundler warning once per file; it is harmless. */
function hideHeadInjectWarning(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
}

/**
 * Where Astro writes the pages, known only from its final config (scripts/site/run.ts
 * passes the folder): the sitemap's filter reads each page there.
 */
const built = { dir: '', base: '/' };
const builtFolder = {
  name: 'built-folder',
  hooks: {
    'astro:config:done': ({ config }) => {
      built.dir = fileURLToPath(config.outDir);
      built.base = config.base.replace(/\/?$/, '/');
    },
  },
};

export default defineConfig({
  // Canonical and Open Graph URLs need the address the site is served from; `npm start` serves here.
  site: siteAddress(process.env.SITE_URL),
  // Served under a sub-path (`BASE_PATH=/union-reports/`): every link goes through src/lib/links/site-url.ts.
  base: basePath(process.env.BASE_PATH),
  outDir: process.env.DIST_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Report bodies are prose copied from the web: GFM would turn URLs into links and
  // smart punctuation would rewrite the source's quotes and dashes. The sitemap leaves out
  // pages that forward to another (a pair's reversed address).
  integrations: [mdx({ gfm: false, smartypants: false }), builtFolder, sitemap({ filter: (url) => indexedPages(built.dir, built.base)(url) })],
  devToolbar: { enabled: false },
  // A page whose getStaticPaths gives a cacheKey (src/lib/incremental/page-keys.ts) is copied
  // from the previous build when its key and code are unchanged. The build keeps Astro's cache
  // folder and reads content from one path, so that a rebuild finds them (scripts/lib/build-store.ts).
  experimental: { incrementalBuild: true },
  vite: {
    // Scripts stay files, never inline, so the Content-Security-Policy can forbid inline script.
    build: { assetsInlineLimit: 0, rolldownOptions: { onwarn: hideHeadInjectWarning } },
  },
});
