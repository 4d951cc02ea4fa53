import { resolve } from 'node:path';

/** Where each stage reads and writes; tests point these at temporary folders. */
export const paths = {
  seeds: resolve(process.env.SEEDS_DIR ?? 'seeds'),
  content: resolve(process.env.CONTENT_DIR ?? 'content'),
  reports: resolve(process.env.CONTENT_DIR ?? 'content', 'reports'),
  dist: resolve(process.env.DIST_DIR ?? 'dist'),
};
