import { z } from 'zod';
import { factSchema } from './fact.ts';
import { indicatorSchema } from './indicator.ts';
import { reportSchema } from './report.ts';

/** A catalog entry with the title the report was published under: an item of `reports` in facts.json. */
export const publishedReportSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  region: reportSchema.shape.region,
  organization: z.string().optional(),
  period: reportSchema.shape.period,
  source: z
    .object({
      publisher: z.string().optional(),
      author: z.string().optional(),
      published: z.string().nullable().optional(),
      url: z.string().nullable().optional(),
    })
    .optional(),
});

export type PublishedReport = z.infer<typeof publishedReportSchema>;

/** dist/data/facts.json (design.md §3): the public download and the single source of every number on the site. */
export const factsDataSchema = z.object({
  reports: z.array(publishedReportSchema),
  indicators: z.array(indicatorSchema),
  facts: z.array(factSchema),
});

export type FactsData = z.infer<typeof factsDataSchema>;
