import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { buildContent } from './content/build-content.ts';
import { paths } from './lib/paths.ts';
import { reportFailure } from './lib/report-failure.ts';
import { indexSite } from './search/index-site.ts';
import { stagingFolder, swapFolder } from './lib/swap-folder.ts';

// Astro's telemetry would call out of this closed network on every build.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { build } = await import('astro');

/**
 * The whole pipeline: seeds → content/ → dist/ → dist/pagefind/. The site is built beside dist/ and
 * swapped in at the end, so a failed run leaves the previous content/ and dist/ intact.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const { reports, facts } = buildContent(paths.seeds, paths.content, paths.taxonomy);
  const ingested = performance.now();
  const staging = stagingFolder(paths.dist);
  let built = ingested;
  let searchable = 0;
  try {
    // force: the content-layer cache in .astro/ remembers the last CONTENT_DIR; a build from
    // another folder (a test's, since deleted) must not resolve entries from there.
    await build({ outDir: staging, logLevel: 'warn', force: true });
    built = performance.now();
    searchable = (await indexSite(staging)).pages;
    swapFolder(staging, paths.dist);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const done = performance.now();
  console.log(
    `build: ${reports.length} reports, ${facts} facts in ${Math.round(ingested - started)} ms; ` +
      `site built into ${relative(process.cwd(), paths.dist) || '.'}/ in ${Math.round(built - ingested)} ms; ` +
      `${searchable} pages indexed for search in ${Math.round(done - built)} ms`,
  );
}

try {
  await main();
} catch (error) {
  reportFailure('build', error, 'content/ and dist/');
}
