import { relative } from 'node:path';
import { InputError } from '../lib/input-error.ts';
import { paths } from '../lib/paths.ts';
import { ingestAll } from './ingest.ts';

try {
  const started = performance.now();
  const { reports } = ingestAll(paths.seeds, paths.reports);
  for (const r of reports) console.log(`  ${r.file} → ${relative(process.cwd(), paths.reports)}/${r.id}.mdx (${r.bytes} bytes)`);
  console.log(`ingest: ${reports.length} reports in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`ingest failed: ${error.message}`);
  console.error('the previous content/ was left as it was');
  process.exitCode = 1;
}
