import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/helpers/longest-first.ts';

// Tests that read a built site or drive a browser; every other test is a unit test and
// runs without building anything (`npm run test:unit`).
const SITE_TESTS = ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'];

export default defineConfig({
  test: {
    // Build and browser tests wait on child processes much of the time; two files at once
    // keep both cores busy.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    // Build tests run Astro, which takes a few seconds per site on these 2-core machines.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: SITE_TESTS } },
      { extends: true, test: { name: 'site', include: SITE_TESTS, globalSetup: ['tests/helpers/global-build.ts'] } },
    ],
  },
});
