import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FactsData, factsDataSchema } from '../../contracts/facts-data.ts';
import { type IndicatorValue, indicatorValueSchema } from '../../contracts/indicator.ts';

/** content/ as the pipeline wrote it (tests build into other folders through CONTENT_DIR). */
const dataDir = () => join(process.env.CONTENT_DIR ?? 'content', 'data');

// Every page of a build reads the same files; parse and check them once per folder.
const factsCache = new Map<string, FactsData>();
const valuesCache = new Map<string, IndicatorValue[]>();

/** The facts, reports and indicators the pipeline wrote, checked against design.md §3. */
export function readFactsData(): FactsData {
  const dir = dataDir();
  let data = factsCache.get(dir);
  if (!data) {
    data = factsDataSchema.parse(JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8')));
    factsCache.set(dir, data);
  }
  return data;
}

export function readIndicatorValues(): IndicatorValue[] {
  const dir = dataDir();
  let values = valuesCache.get(dir);
  if (!values) {
    values = indicatorValueSchema.array().parse(JSON.parse(readFileSync(join(dir, 'indicator-values.json'), 'utf8')));
    valuesCache.set(dir, values);
  }
  return values;
}
