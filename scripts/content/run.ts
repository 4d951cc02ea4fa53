import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { openStore } from '../lib/build-store.ts';
import { paths } from '../lib/paths.ts';
import { reportFailure } from '../lib/report-failure.ts';
import { buildContent } from './build-content.ts';

// The content stage alone, for a look at what it writes (and for timing it): into a folder
// of the builds store that the next build clears; the published content/ and dist/ change
// only with `npm run build`.
try {
  const started = performance.now();
  const out = join(openStore(paths.content, paths.dist).root, 'ingest');
  rmSync(out, { recursive: true, force: true });
  const summary = buildContent(paths.seeds, out, paths.taxonomy, { allowEmpty: process.argv.includes('--allow-empty') });
  const where = relative(process.cwd(), out);
  for (const warning of summary.warnings) console.log(`content: warning: ${warning}`);
  for (const r of summary.reports) console.log(`  ${r.file} → ${where}/reports/${r.id}.mdx (${r.facts} facts)`);
  console.log(
    `content: ${summary.reports.length} reports, ${summary.facts} facts, ${summary.indicators} indicators ` +
      `in ${Math.round(performance.now() - started)} ms, written to ${where}/`,
  );
} catch (error) {
  reportFailure('ingest', error);
}
