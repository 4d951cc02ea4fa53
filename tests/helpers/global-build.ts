import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { GROWN_BASE, GROWN_ERROR_REPORTS, GROWN_SITE, writeGrownSeeds } from './grown-seeds.ts';
import { writeHostileSeeds } from './hostile-seeds.ts';
import { runBuild } from './run-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built once from seeds/ for every test file that reads pages. */
    site: { content: string; dist: string };
    /** dist/ of the hostile fixture, grown past 5 MB (tests/helpers/hostile-seeds.ts). */
    hostile: string;
    /**
     * The seeds with a second report of two regions (tests/fixtures/regions/), built for
     * https://example.org under /union-reports/, with readers' error reports going to
     * GROWN_ERROR_REPORTS: the collection as it grows, hosted on a sub-path.
     */
    grown: { dist: string; stdout: string };
  }
}

/**
 * Builds the seeds, the hostile fixture and the grown collection once per test run;
 * build, page and browser tests all read these builds.
 */
export default function setup(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), 'site-'));
  const site = { content: join(work, 'content'), dist: join(work, 'dist') };
  const run = runBuild(site);
  if (run.status !== 0 || run.stderr !== '') throw new Error(`the seeds did not build:\n${run.stderr}${run.stdout}`);
  project.provide('site', site);
  const seeds = join(work, 'hostile-seeds');
  writeHostileSeeds(seeds);
  const hostile = { seeds, content: join(work, 'hostile-content'), dist: join(work, 'hostile-dist') };
  const hostileRun = runBuild(hostile);
  if (hostileRun.status !== 0) throw new Error(`the hostile fixture did not build:\n${hostileRun.stderr}${hostileRun.stdout}`);
  project.provide('hostile', hostile.dist);
  const grown = { seeds: join(work, 'grown-seeds'), content: join(work, 'grown-content'), dist: join(work, 'grown-dist') };
  writeGrownSeeds(grown.seeds);
  // The grown collection holds the seeds' reports, so the seeds' reviews apply to it.
  const grownRun = runBuild(grown, [], { SITE_URL: GROWN_SITE, BASE_PATH: GROWN_BASE, ERROR_REPORT_URL: GROWN_ERROR_REPORTS, REVIEWS_DIR: resolve('content/reviews') });
  if (grownRun.status !== 0) throw new Error(`the grown collection did not build:\n${grownRun.stderr}${grownRun.stdout}`);
  project.provide('grown', { dist: grown.dist, stdout: grownRun.stdout });
  return () => rmSync(work, { recursive: true, force: true });
}
