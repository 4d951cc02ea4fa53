import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { buildContent } from './content/build-content.ts';
import { paths } from './lib/paths.ts';
import { reportFailure } from './lib/report-failure.ts';
import { indexSite } from './search/index-site.ts';
import { stagingFolder, swapFolder } from './lib/swap-folder.ts';

/**
 * Astro in a process of its own, which has ended (and freed its memory) before Pagefind
 * starts: at 1000 reports each needs about 3 GB, and together they would need both.
 */
function buildSite(outDir: string): void {
  const run = spawnSync(process.execPath, ['scripts/site/run.ts', outDir], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`astro build failed (exit ${run.status ?? run.signal}); its messages are above`);
}

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
    buildSite(staging);
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
