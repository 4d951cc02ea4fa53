import { relative } from 'node:path';
import { paths } from '../lib/paths.ts';
import { reportFailure } from '../lib/report-failure.ts';
import { ingestAll } from './ingest.ts';

try {
  const started = performance.now();
  const { reports } = ingestAll(paths.seeds, paths.reports);
  for (const r of reports) console.log(`  ${r.file} → ${relative(process.cwd(), paths.reports)}/${r.id}.mdx (${r.bytes} bytes)`);
  console.log(`ingest: ${reports.length} reports in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  reportFailure('ingest', error, 'content/');
}
