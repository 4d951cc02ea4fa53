import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../scripts/facts/taxonomy.ts';
import { contentOutcome } from '../helpers/collection-invariants.ts';
import { checkProperty, propertyRuns } from '../helpers/property-seed.ts';
import { type Collection, collectionArbitrary, paragraphPool, poolName, SMALL_COLLECTIONS, writeCollection } from '../helpers/recombined-collection.ts';

const pool = paragraphPool();
const taxonomy = loadTaxonomy('content/indicators.yaml');
const RUNS = propertyRuns(200);

/** A failing collection, written out so it can be built and read as a contributor would. */
function keep(collection: Collection): string {
  const dir = mkdtempSync(join(tmpdir(), 'failing-collection-'));
  writeCollection(dir, collection);
  return `the smallest failing collection (${collection.catalog.length} reports) is in ${dir}: SEEDS_DIR=${dir} npm run ingest`;
}

describe(`random collections recombined from ${poolName(pool)}`, () => {
  it(`build, or are refused with one line, and what they build keeps its facts straight (${RUNS} collections)`, () => {
    let built = 0;
    checkProperty(
      fc.property(collectionArbitrary(pool, SMALL_COLLECTIONS), (collection) => {
        const outcome = contentOutcome(collection, taxonomy);
        if ('refused' in outcome) return;
        built += 1;
        if (outcome.violations.length > 0) throw new Error(outcome.violations.join('\n'));
      }),
      { numRuns: RUNS, testFile: 'tests/content/recombined-collections.test.ts', describe: keep },
    );
    // Collections are refused only when a report is page chrome alone: most must build, or the
    // property tests little (a replay of one case excepted).
    if (!process.env.PROPERTY_PATH) expect(built).toBeGreaterThan(RUNS / 2);
  });
});
