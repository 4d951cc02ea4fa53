import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './schemas/report.ts';

const contentDir = process.env.CONTENT_DIR ?? './content';

const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/reports` }),
  schema: reportSchema,
});

export const collections = { reports };
