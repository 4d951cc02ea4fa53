import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadTaxonomy } from '../scripts/facts/taxonomy.ts';
import { contentOutcome } from '../tests/helpers/collection-invariants.ts';
import { checkProperty, propertySeed } from '../tests/helpers/property-seed.ts';
import { collectionArbitrary, paragraphPool, poolName, SMALL_COLLECTIONS, writeCollection } from '../tests/helpers/recombined-collection.ts';
import { pageWeights } from './page-weight.ts';

export interface RecombinedBuild {
  reports: number;
  /** Where the paragraphs came from: the seeds, and the development set when it is there. */
  from: string;
  built: boolean;
  /** The build's one line when it refused the collection. */
  refused: string | null;
  buildMs: number;
  pages: number;
  heaviestPage: string | null;
  heaviestBytes: number | null;
}

/**
 * Builds one collection of `count` reports recombined from real report lines (the same
 * collection every run: its seed is its size) from scratch, caches included.
 */
export function recombinedBuild(count: number): RecombinedBuild {
  const pool = paragraphPool();
  const [collection] = fc.sample(collectionArbitrary(pool, { reports: count, runs: [8, 20] }), { seed: count, numRuns: 1 });
  const work = mkdtempSync(join(tmpdir(), `recombined-${count}-`));
  try {
    const seeds = join(work, 'seeds');
    const dist = join(work, 'dist');
    writeCollection(seeds, collection!);
    const started = performance.now();
    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        SEEDS_DIR: seeds,
        CONTENT_DIR: join(work, 'content'),
        DIST_DIR: dist,
        CONTENT_CACHE_DIR: join(work, 'content-cache'),
        SEARCH_CACHE_DIR: join(work, 'search-cache'),
        IMAGE_CACHE_DIR: join(work, 'image-cache'),
      },
    });
    const buildMs = Math.round(performance.now() - started);
    const built = run.status === 0;
    const pages = built ? readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dist, f)) : [];
    const top = pages.length > 0 ? pageWeights(dist, pages).reduce((a, b) => (b.total > a.total ? b : a)) : null;
    return {
      reports: count,
      from: poolName(pool),
      built,
      refused: built ? null : run.stderr.trim() || `exit ${run.status ?? run.signal}`,
      buildMs,
      pages: pages.length,
      heaviestPage: top?.page ?? null,
      heaviestBytes: top?.total ?? null,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface PropertyFigures {
  collections: number;
  from: string;
  seed: number;
  built: number;
  refused: number;
  ms: number;
  /** The failure with its seed and path to replay it, or null when every collection held. */
  failure: string | null;
}

/**
 * The content stage's property (tests/content/recombined-collections.test.ts) over many
 * more collections than `npm test` runs; a failure replays in that test with the seed, path
 * and number of runs it prints.
 */
export function propertyFigures(collections: number): PropertyFigures {
  const pool = paragraphPool();
  const taxonomy = loadTaxonomy('content/indicators.yaml');
  const start = propertySeed();
  let [built, refused] = [0, 0];
  let failure: string | null = null;
  const started = performance.now();
  try {
    checkProperty(
      fc.property(collectionArbitrary(pool, SMALL_COLLECTIONS), (collection) => {
        const outcome = contentOutcome(collection, taxonomy);
        if ('refused' in outcome) {
          refused += 1;
          return;
        }
        built += 1;
        if (outcome.violations.length > 0) throw new Error(outcome.violations.join('\n'));
      }),
      { numRuns: collections, start, testFile: 'tests/content/recombined-collections.test.ts' },
    );
  } catch (error) {
    failure = (error as Error).message;
  }
  return { collections, from: poolName(pool), seed: start.seed, built, refused, ms: Math.round(performance.now() - started), failure };
}
