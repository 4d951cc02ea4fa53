import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { basePath } from '../src/contracts/base-path.ts';
import { errorReportTemplate } from '../src/contracts/error-report.ts';
import { LOCAL_ADDRESS, siteAddress } from '../src/contracts/site-address.ts';
import type { ContentSummary } from './content/build-content.ts';
import { type SiteCache, type Stage, openStore } from './lib/build-store.ts';
import { type CacheSweep, cacheSweep } from './lib/cache-sweep.ts';
import { waitForLock } from './lib/lock-file.ts';
import { type BuildStop, Stopped, spawnStage, stopOnSignals, untilStopped } from './lib/stop-signals.ts';
import { paths } from './lib/paths.ts';
import { ReportedFailure, reportFailure } from './lib/report-failure.ts';
import { memoryBudget, searchBesideSite } from './lib/memory-plan.ts';
import { sourceKey } from './lib/source-key.ts';
import * as pagefind from 'pagefind';
import { type ReportIndex, indexListings, indexReports } from './search/index-site.ts';
import { INDEXER_ENDED, SERVICE_STOPPED } from './search/pagefind-format.ts';
import { BUNDLE_REPORTS, reportBundles } from './search/report-bundles.ts';
import { headersFile, siteTop } from './site/headers.ts';

const debug = process.argv.includes('--debug');

/**
 * The content stage (scripts/content/stage.ts) in a process of its own: what it grows to,
 * about 350 MB at 300 reports, is returned before Astro and Pagefind start. Its errors are
 * its own lines on the shared standard error.
 */
async function buildContentApart(out: string, summaryFile: string, stop: BuildStop): Promise<ContentSummary> {
  const flags = process.argv.filter((a) => a === '--allow-empty' || a === '--debug');
  const code = await spawnStage('the content stage', 'scripts/content/stage.ts', [out, summaryFile, ...flags], { stop, stdio: 'inherit' }).ended;
  if (code === 1) throw new ReportedFailure();
  if (code !== 0) throw new Error(`the content stage did not finish (exit ${code})`);
  return JSON.parse(readFileSync(summaryFile, 'utf8')) as ContentSummary;
}

/**
 * Astro in a process of its own, which ends (and frees its memory) when the site is built: at
 * 1000 reports it needs about 2.4 GB (scripts/lib/memory-plan.ts). It reads the content this
 * build staged, not the published one. Resolves when Astro has finished; `stop` ends it early.
 */
async function buildSite(content: string, outDir: string, cache: SiteCache, stop: BuildStop): Promise<{ done: Promise<void>; stop: () => Promise<void> }> {
  // Astro writes the content modules of a build into the project's .astro/, whatever
  // folders the build reads and writes: builds of this checkout take turns there.
  const release = await waitForLock(resolve('.astro', 'build.lock'), { signal: stop.signal });
  let run;
  try {
    run = spawnStage('the site stage', 'scripts/site/run.ts', [outDir, cache.dir], {
      stop,
      env: { ...process.env, CONTENT_DIR: content, ASTRO_KEY: process.env.ASTRO_KEY ?? cache.key, IMAGE_CACHE_DIR: paths.imageCache },
      stdio: debug ? 'inherit' : ['ignore', 'inherit', 'pipe'],
    });
  } catch (error) {
    release();
    throw error;
  }
  const { child } = run;
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const ended = run.ended.finally(release);
  const done = ended.then((code) => {
    if (code === 0) return;
    const said = stderr.split('\n').find((l) => /error/i.test(l)) ?? stderr.trim().split('\n')[0];
    throw new Error(`the site did not build (exit ${code})${said ? `, Astro said: ${said.trim()}` : ''}`);
  });
  // Rejections are the caller's when it awaits `done`; a stopped build's are not.
  done.catch(() => {});
  return {
    done,
    stop: async () => {
      run.kill();
      await ended.catch(() => {});
    },
  };
}

/**
 * The site and the report bundles of the search index, which reads only the content: side by
 * side when the memory plan allows, otherwise one after the other. Either failing stops the other.
 */
async function buildSiteAndReports(
  stage: Stage,
  cache: SiteCache,
  reports: string[],
  budget: number,
  stop: BuildStop,
): Promise<{ index: ReportIndex; siteMs: number; reportsMs: number; together: boolean }> {
  const started = performance.now();
  const mdxBytes = (report: string) => statSync(join(stage.content, 'reports', `${report}.mdx`)).size;
  const largest = Math.max(0, ...reportBundles(reports, BUNDLE_REPORTS).map((b) => b.reports.reduce((sum, r) => sum + mdxBytes(r), 0)));
  const together = searchBesideSite(reports.length, largest, budget);
  const indexing = () => untilStopped(indexReports(stage.content, join(stage.work, 'search'), { cache: paths.searchCache }), stop.signal);
  const site = await buildSite(stage.content, stage.dist, cache, stop);
  let siteMs = 0;
  const siteDone = site.done.then(() => {
    siteMs = performance.now() - started;
  });
  // Awaited once the reports are indexed; a failure meanwhile must wait for that, not end the process.
  siteDone.catch(() => {});
  if (!together) {
    await siteDone;
    const index = await indexing();
    return { index, siteMs, reportsMs: performance.now() - started - siteMs, together };
  }
  try {
    const index = await indexing();
    const reportsMs = performance.now() - started;
    await siteDone;
    return { index, siteMs, reportsMs, together };
  } catch (error) {
    await site.stop();
    throw error;
  }
}

/** The caches kept from build to build outside the build store (docs/caches.md); Astro prunes its own. */
const CACHES = [paths.contentCache, paths.searchCache, paths.imageCache];

/** Removes what the build did not use from each cache; one line when that was anything. */
function sweepCaches(caches: CacheSweep[]): void {
  const swept = caches.map((c) => c.sweep());
  const removed = swept.reduce((n, s) => n + s.removed, 0);
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  if (removed > 0) {
    const [gone, kept] = [swept.reduce((n, s) => n + s.removedBytes, 0), swept.reduce((n, s) => n + s.keptBytes, 0)];
    console.log(`build: removed ${removed} cache entries this build did not use (${mb(gone)}); the caches hold ${mb(kept)}`);
  }
}

/**
 * The whole pipeline as one transaction: seeds → content → site → search index, all
 * staged in a build folder of their own, then published together (`scripts/lib/build-store.ts`).
 * A failure or a kill at any moment leaves the previous content/ and dist/ serving.
 */
async function main(stop: BuildStop): Promise<void> {
  const started = performance.now();
  // A base path that could not be a URL path, or an address (the site's, the error reports') that is none, stops the build before anything is staged.
  const base = basePath(process.env.BASE_PATH);
  siteAddress(process.env.SITE_URL);
  errorReportTemplate(process.env.ERROR_REPORT_URL);
  const budget = memoryBudget();
  const store = openStore(paths.content, paths.dist);
  store.checkPlaces();
  const release = store.lock();
  // Said before anything reads a cache: a build running meanwhile spares what this one uses.
  const caches = CACHES.map((folder) => cacheSweep(folder));
  try {
    store.sweep();
    const stage = store.stage();
    const { reports, facts, removed, warnings } = await buildContentApart(stage.content, join(stage.work, 'content-summary.json'), stop);
    const ingested = performance.now();
    // Astro compares pages' code, data and its configuration's main fields, not the options of its MDX integration.
    const siteCache = store.siteCache(sourceKey([], ['astro.config.mjs']));
    const { index, siteMs, reportsMs, together } = await buildSiteAndReports(stage, siteCache, reports.map((r) => r.id), budget, stop);
    siteCache.finished();
    const built = performance.now();
    const { records, bundles } = await untilStopped(indexListings(stage.dist, index), stop.signal);
    writeFileSync(join(stage.dist, '_headers'), headersFile(base, bundles, siteTop(stage.dist)));
    // Publishing is one rename, done whole before a signal's handler runs: the last moment to stop.
    stop.signal.throwIfAborted();
    store.publish(stage);
    store.sweep();
    // Only now: a failed build leaves every entry the published one used.
    sweepCaches(caches);
    const done = performance.now();
    const where = relative(process.cwd(), paths.dist) || '.';
    // Not a failure (a local preview needs no address), but a deployed site must not point its previews at localhost.
    if (!process.env.SITE_URL) console.log(`build: warning: SITE_URL is not set, so canonical URLs and link previews point at ${LOCAL_ADDRESS}; set it to the address the site is served from`);
    for (const warning of warnings) console.log(`build: warning: ${warning}`);
    if (removed > 0) console.log(`build: removed ${removed} control or text-direction characters from the reports' text`);
    console.log(
      `build: ${reports.length} reports, ${facts} facts in ${Math.round(ingested - started)} ms; ` +
        `site built in ${Math.round(siteMs)} ms; ${records} reports and pages indexed for search in ${Math.round(reportsMs + done - built)} ms` +
        `${together ? ' (the reports while the site was built)' : ''}; ` +
        `published as ${where}/`,
    );
  } finally {
    for (const cache of caches) cache.release();
    if (stop.signal.aborted) {
      // The indexer of this process; every stage's process has ended before its stage settled.
      await pagefind.close();
      try {
        store.sweep();
      } catch {
        // What an indexer still writes as it dies; the next build's sweep removes it.
      }
    }
    release();
  }
}

const stop = stopOnSignals();
// Pagefind reports its indexer's end with a stack trace of its own; the build says it in one line.
const consoleError = console.error;
if (!debug) console.error = (...args: unknown[]) => (args[0] === SERVICE_STOPPED ? undefined : consoleError(...args));
try {
  await main(stop);
} catch (error) {
  const indexerEnded = !stop.signal.aborted && (error as Error)?.message === INDEXER_ENDED;
  reportFailure('build', indexerEnded ? new Stopped('because the search indexer (Pagefind) ended') : error);
}
stop.dispose();
// Ended as the signal would have ended it, now the lock is released and no stage runs; and
// at once when stopped otherwise, not when the work the stop abandoned has settled.
const received = stop.received();
if (received) process.kill(process.pid, received);
else if (stop.signal.aborted) process.exit();
