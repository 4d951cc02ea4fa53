import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFactsData, readIndicatorValues } from './lib/data/facts-data.ts';
import { factSchema } from './contracts/fact.ts';
import { indicatorSchema, indicatorValueSchema } from './contracts/indicator.ts';
import { reportSchema } from './contracts/report.ts';

const contentDir = process.env.CONTENT_DIR ?? './content';

const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/reports` }),
  schema: reportSchema,
});

const facts = defineCollection({
  loader: () => readFactsData().facts,
  schema: factSchema,
});

const indicators = defineCollection({
  loader: () => readFactsData().indicators,
  schema: indicatorSchema,
});

const indicatorValues = defineCollection({
  loader: () => readIndicatorValues().map((v) => ({ id: `${v.indicator}--${v.report}`, ...v })),
  schema: indicatorValueSchema.extend({ id: indicatorValueSchema.shape.indicator }),
});

export const collections = { reports, facts, indicators, indicatorValues };
