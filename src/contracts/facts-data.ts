import { z } from 'zod';
import { factSchema } from './fact.ts';
import { indicatorSchema } from './indicator.ts';
import { catalogEntrySchema } from './catalog.ts';

/** A catalog entry with the title the report was published under: an item of `reports` in facts.json. */
export const publishedReportSchema = catalogEntrySchema.extend({ title: z.string() });

export type PublishedReport = z.infer<typeof publishedReportSchema>;

/** dist/data/facts.json (design.md §3): the public download and the single source of every number on the site. */
export const factsDataSchema = z.object({
  reports: z.array(publishedReportSchema),
  indicators: z.array(indicatorSchema),
  facts: z.array(factSchema),
});

export type FactsData = z.infer<typeof factsDataSchema>;
