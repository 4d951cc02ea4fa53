import { relative } from 'node:path';
import { paths } from '../lib/paths.ts';
import { reportFailure } from '../lib/report-failure.ts';
import { buildContent } from './build-content.ts';

try {
  const started = performance.now();
  const summary = buildContent(paths.seeds, paths.content, paths.taxonomy);
  const where = relative(process.cwd(), paths.content) || '.';
  for (const r of summary.reports) console.log(`  ${r.file} → ${where}/reports/${r.id}.mdx (${r.facts} facts)`);
  console.log(
    `content: ${summary.reports.length} reports, ${summary.facts} facts, ${summary.indicators} indicators ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  reportFailure('ingest', error, 'content/');
}
