import { InputError } from './input-error.ts';

/**
 * What the build needs at its peak while the search stage indexes the report bundles beside
 * Astro, in MB of resident memory over all its processes. Measured by sampling /proc twice a
 * second over whole builds of synthetic collections (bench/synthetic-corpus.ts, about 20 KB of
 * MDX a report), with the bundles indexed beside Astro: 2770–2890 MB at 300 reports (one
 * bundle; the higher figure from the bench's full build), 3500 MB at 1000 (four).
 * - Pagefind's indexer holds its bundle whole: 1370 MB for 300 reports of 5.9 MB of MDX,
 *   in the tokens of src/contracts/search-tokens.ts, so about 235 MB per MB of MDX.
 * - The build's own process, making the records: about 300 MB.
 * - Astro, in the part of its build the indexer overlaps: what is left of the peaks above,
 *   about 1200 MB at 300 reports and 2060 MB at 1000, rounded up. Its own peak comes later, once the
 *   reports are indexed: about 1.4 GB at 300 and 2.4 GB at 1000.
 */
const INDEXER_MB_PER_MDX_MB = 235;
const BUILD_PROCESS_MB = 300;
const ASTRO_BASE_MB = 800;
const ASTRO_REPORT_MB = 1.36;

/** What a build may use at once unless BUILD_MEMORY_MB says otherwise: the 3 GB the build is held to at 1000 reports. */
export const DEFAULT_BUDGET_MB = 3000;

/** The memory budget from BUILD_MEMORY_MB (whole megabytes), or the default. */
export function memoryBudget(value = process.env.BUILD_MEMORY_MB): number {
  if (value === undefined || value === '') return DEFAULT_BUDGET_MB;
  if (!/^[1-9]\d*$/.test(value)) throw new InputError('BUILD_MEMORY_MB', null, `${JSON.stringify(value)} is not a number of megabytes`, 'set it to a whole number such as 3000, or unset it');
  return Number(value);
}

/**
 * Whether the search stage may index the report bundles while Astro builds the site: the two
 * take a processor each, so the build takes about the longer of them instead of both, but their
 * memory adds up. Yes when Astro's memory for `reports` reports, the indexer's for the largest
 * bundle (`bundleMdxBytes`, the MDX of its reports) and the build's own process fit `budget`.
 */
export function searchBesideSite(reports: number, bundleMdxBytes: number, budget: number): boolean {
  const indexer = (INDEXER_MB_PER_MDX_MB * bundleMdxBytes) / 1e6;
  return ASTRO_BASE_MB + ASTRO_REPORT_MB * reports + indexer + BUILD_PROCESS_MB <= budget;
}
