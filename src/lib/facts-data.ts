import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FactsData, factsDataSchema } from '../schemas/facts-data.ts';
import { type IndicatorValue, indicatorValueSchema } from '../schemas/indicator.ts';

/** content/ as the pipeline wrote it (tests build into other folders through CONTENT_DIR). */
const dataDir = () => join(process.env.CONTENT_DIR ?? 'content', 'data');

/** The facts, reports and indicators the pipeline wrote, checked against design.md §3. */
export function readFactsData(): FactsData {
  return factsDataSchema.parse(JSON.parse(readFileSync(join(dataDir(), 'facts.json'), 'utf8')));
}

export function readIndicatorValues(): IndicatorValue[] {
  return indicatorValueSchema.array().parse(JSON.parse(readFileSync(join(dataDir(), 'indicator-values.json'), 'utf8')));
}
