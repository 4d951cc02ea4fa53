import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/helpers/longest-first.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-build.ts'],
    // Build and browser tests wait on child processes much of the time; two files at once
    // keep both cores busy.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    // Build tests run Astro, which takes a few seconds per site on these 2-core machines.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
