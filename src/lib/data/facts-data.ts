import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FactsData, factsDataSchema } from '../../contracts/facts-data.ts';
import { type IndicatorValue, indicatorValueSchema } from '../../contracts/indicator.ts';

/** content/ as the pipeline wrote it (tests build into other folders through CONTENT_DIR). */
const dataDir = () => join(process.env.CONTENT_DIR ?? 'content', 'data');

// Every page of a build reads the same files; parse and check them once per folder.
const factsCache = new Map<string, FactsData>();
const valuesCache = new Map<string, IndicatorValue[]>();

// Before the first build there is no data: type checks (`astro check`) then see empty
// collections. A build always hands Astro the content it has just written.
const EMPTY: FactsData = { reports: [], indicators: [], facts: [] };

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** The facts, reports and indicators the pipeline wrote, checked against design.md §3. */
export function readFactsData(): FactsData {
  const dir = dataDir();
  let data = factsCache.get(dir);
  if (!data) {
    const raw = readJson(join(dir, 'facts.json'));
    data = raw === null ? EMPTY : factsDataSchema.parse(raw);
    factsCache.set(dir, data);
  }
  return data;
}

export function readIndicatorValues(): IndicatorValue[] {
  const dir = dataDir();
  let values = valuesCache.get(dir);
  if (!values) {
    const raw = readJson(join(dir, 'indicator-values.json'));
    values = raw === null ? [] : indicatorValueSchema.array().parse(raw);
    valuesCache.set(dir, values);
  }
  return values;
}
