import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPARISON_JS_BUDGET_BYTES, PAGE_BUDGET_BYTES, pageWeights } from '../../bench/page-weight.ts';
import { factsDataSchema } from '../../src/contracts/facts-data.ts';
import { checkProperty } from '../helpers/property-seed.ts';
import { type Collection, collectionArbitrary, paragraphPool, poolName, writeCollection } from '../helpers/recombined-collection.ts';
import { runBuild } from '../helpers/run-build.ts';

const pool = paragraphPool();
// Each full build takes most of a minute; the content stage's property runs hundreds of
// collections in the unit tests, and `npm run bench` builds a 300-report one.
const BUILDS = 1;

/**
 * Builds a collection in a folder of its own, caches included, so no build finds another's
 * reports cached; the folder stays for a look when the build fails a check.
 */
function build(collection: Collection) {
  const dir = mkdtempSync(join(tmpdir(), 'random-collection-'));
  const seeds = join(dir, 'seeds');
  writeCollection(seeds, collection);
  const dirs = { seeds, content: join(dir, 'content'), dist: join(dir, 'dist') };
  const caches = { CONTENT_CACHE_DIR: join(dir, 'content-cache'), SEARCH_CACHE_DIR: join(dir, 'search-cache'), IMAGE_CACHE_DIR: join(dir, 'image-cache') };
  return { ...dirs, dir, run: runBuild(dirs, [], caches) };
}

describe(`full builds of random collections recombined from ${poolName(pool)}`, () => {
  it(`build or are refused with one line, every page within budget (${BUILDS} collections)`, () => {
    checkProperty(
      fc.property(collectionArbitrary(pool, { reports: [2, 6], runs: [2, 10] }), (collection) => {
        const { dir, seeds, dist, run } = build(collection);
        const said = `collection in ${seeds}:\n${run.stderr}${run.stdout.slice(-2000)}`;
        if (run.status !== 0) {
          // Refused: one line saying what and where, and nothing published.
          expect(run.stderr.trim().split('\n'), said).toHaveLength(1);
          expect(existsSync(dist), said).toBe(false);
          rmSync(dir, { recursive: true, force: true });
          return;
        }
        expect(run.stderr, said).toBe('');
        const data = factsDataSchema.parse(JSON.parse(readFileSync(join(dist, 'data/facts.json'), 'utf8')));
        expect(data.reports.map((r) => r.id)).toEqual(collection.catalog.map((e) => e.id));
        for (const fact of data.facts) expect(fact.sentence, fact.id).toContain(fact.text);
        const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dist, f));
        const weights = pageWeights(dist, pages);
        expect(weights.filter((w) => w.total > PAGE_BUDGET_BYTES).map((w) => `${w.page}: ${w.total} bytes`), said).toEqual([]);
        const scripted = weights.filter((w) => /^\/(compare|indicators|themes)\/./.test(w.page) && w.js > COMPARISON_JS_BUDGET_BYTES);
        expect(scripted.map((w) => `${w.page}: ${w.js} bytes of JS`), said).toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }),
      // A failing build is kept as it is, not shrunk: each attempt would be a build of its own.
      { numRuns: BUILDS, shrink: false, testFile: 'tests/build/random-collections.test.ts' },
    );
  }, 900_000);
});
