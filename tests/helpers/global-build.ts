import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from './run-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built once from seeds/ for every test file that reads pages. */
    site: { content: string; dist: string };
  }
}

/** Builds the seeds once per test run; build, page and browser tests all read this build. */
export default function setup(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), 'site-'));
  const site = { content: join(work, 'content'), dist: join(work, 'dist') };
  const run = runBuild(site);
  if (run.status !== 0 || run.stderr !== '') throw new Error(`the seeds did not build:\n${run.stderr}${run.stdout}`);
  project.provide('site', site);
  return () => rmSync(work, { recursive: true, force: true });
}
