import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.DIST_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Report bodies are prose copied from the web: GFM would turn URLs into links and
  // smart punctuation would rewrite the source's quotes and dashes.
  integrations: [mdx({ gfm: false, smartypants: false })],
  devToolbar: { enabled: false },
});
