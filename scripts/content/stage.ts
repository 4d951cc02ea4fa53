import { writeFileSync } from 'node:fs';
import { paths } from '../lib/paths.ts';
import { reportFailure } from '../lib/report-failure.ts';
import { buildContent } from './build-content.ts';

// The content stage of `npm run build` (scripts/build.ts) in a process of its own, so that
// the memory the stage grows to is returned when it ends instead of staying with the build
// while Astro and Pagefind run. It writes the content into the given folder and its summary
// (ContentSummary) as JSON into the given file.
const [out, summaryFile] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!out || !summaryFile) throw new Error('usage: node scripts/content/stage.ts <content folder> <summary file> [--allow-empty]');
try {
  const summary = buildContent(paths.seeds, out, paths.taxonomy, { allowEmpty: process.argv.includes('--allow-empty') });
  writeFileSync(summaryFile, JSON.stringify(summary));
} catch (error) {
  // Named as the build's, which this stage is part of.
  reportFailure('build', error);
}
