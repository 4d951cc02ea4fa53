import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { basePath } from '../src/contracts/base-path.ts';
import { buildContent } from './content/build-content.ts';
import { type SiteCache, openStore } from './lib/build-store.ts';
import { waitForLock } from './lib/lock-file.ts';
import { paths } from './lib/paths.ts';
import { reportFailure } from './lib/report-failure.ts';
import { sourceKey } from './lib/source-key.ts';
import { indexSite } from './search/index-site.ts';
import { headersFile } from './site/headers.ts';

const allowEmpty = process.argv.includes('--allow-empty');
const debug = process.argv.includes('--debug');

/**
 * Astro in a process of its own, which has ended (and freed its memory) before Pagefind
 * starts: at 1000 reports Astro needs about 2.4 GB, and the search stage, which indexes one
 * bundle of at most 400 reports at a time (scripts/search/report-bundles.ts), 1.7 GB with all
 * its processes (1.8 GB at 300 reports, one bundle; `npm run bench -- --large`). It
 * reads the content this build staged, not the published one.
 */
function buildSite(content: string, outDir: string, cache: SiteCache): void {
  // Astro writes the content modules of a build into the project's .astro/, whatever
  // folders the build reads and writes: builds of this checkout take turns there.
  const release = waitForLock(resolve('.astro', 'build.lock'));
  const run = spawnSync(process.execPath, ['scripts/site/run.ts', outDir, cache.dir], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_KEY: process.env.ASTRO_KEY ?? cache.key },
    stdio: debug ? 'inherit' : ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  release();
  if (run.status === 0) return;
  const said = (run.stderr ?? '').split('\n').find((l) => /error/i.test(l)) ?? (run.stderr ?? '').trim().split('\n')[0];
  throw new Error(`the site did not build (${run.signal ?? `exit ${run.status}`})${said ? `, Astro said: ${said.trim()}` : ''}`);
}

/**
 * The whole pipeline as one transaction: seeds → content → site → search index, all
 * staged in a build folder of their own, then published together (`scripts/lib/build-store.ts`).
 * A failure or a kill at any moment leaves the previous content/ and dist/ serving.
 */
async function main(): Promise<void> {
  const started = performance.now();
  // A base path that could not be a URL path stops the build before anything is staged.
  const base = basePath(process.env.BASE_PATH);
  const store = openStore(paths.content, paths.dist);
  const release = store.lock();
  try {
    store.sweep();
    const stage = store.stage();
    const { reports, facts, removed } = buildContent(paths.seeds, stage.content, paths.taxonomy, { allowEmpty });
    const ingested = performance.now();
    // Astro compares pages' code, data and its configuration's main fields, not the options of its MDX integration.
    const siteCache = store.siteCache(sourceKey([], ['astro.config.mjs']));
    buildSite(stage.content, stage.dist, siteCache);
    siteCache.finished();
    const built = performance.now();
    const { records, bundles } = await indexSite(stage.dist, stage.content, { cache: paths.searchCache });
    writeFileSync(join(stage.dist, '_headers'), headersFile(base, bundles));
    store.publish(stage);
    store.sweep();
    const done = performance.now();
    const where = relative(process.cwd(), paths.dist) || '.';
    // Not a failure (a local preview needs no address), but a deployed site must not point its previews at localhost.
    if (!process.env.SITE_URL) console.log('build: warning: SITE_URL is not set, so canonical URLs and link previews point at http://localhost:4321; set it to the address the site is served from');
    if (removed > 0) console.log(`build: removed ${removed} control or text-direction characters from the reports' text`);
    console.log(
      `build: ${reports.length} reports, ${facts} facts in ${Math.round(ingested - started)} ms; ` +
        `site built in ${Math.round(built - ingested)} ms; ${records} reports and pages indexed for search in ${Math.round(done - built)} ms; ` +
        `published as ${where}/`,
    );
  } finally {
    release();
  }
}

try {
  await main();
} catch (error) {
  reportFailure('build', error);
}
