import { relative } from 'node:path';
import { paths } from '../lib/paths.ts';
import { indexSite } from './index-site.ts';

// Re-indexes an already built dist/: `npm run build` indexes as it builds; the benchmark times this step alone.
const started = performance.now();
const { records, bundles } = await indexSite(paths.dist, paths.content, { cache: paths.searchCache });
console.log(`search: ${records} reports and pages of ${relative(process.cwd(), paths.dist) || '.'}/ indexed in ${bundles.length + 1} bundles in ${Math.round(performance.now() - started)} ms`);
