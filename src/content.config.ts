import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFactsData, readIndicatorValues } from './lib/facts-data.ts';
import { factSchema } from './schemas/fact.ts';
import { indicatorSchema, indicatorValueSchema } from './schemas/indicator.ts';
import { reportSchema } from './schemas/report.ts';

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
