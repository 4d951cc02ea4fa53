import { z } from 'zod';
import { catalogEntrySchema } from './catalog.ts';
import { THEMES } from './fact.ts';

const catalog = catalogEntrySchema.shape;

/** Frontmatter of a report entry, as written by scripts/ingest and read by the site. */
export const reportSchema = z.object({
  id: z.string(),
  /** Place in seeds/catalog.json; pages list reports in this order. */
  order: z.number().int(),
  title: z.string(),
  titleFrom: z.enum(['catalog', 'report', 'derived']),
  kicker: z.string().nullable(),
  /** A headline's second line (`——…`, `（副题）`), under the title. */
  subtitle: z.string().nullable(),
  /** Columns of the source page were taken across and the lines are kept as found (`版面受损`). */
  damagedLayout: z.boolean(),
  file: z.string(),
  region: catalog.region,
  organization: z.string().nullable(),
  /** The catalog's day of the entry's last change, YYYY-MM-DD. */
  updated: z.string().nullable(),
  period: catalog.period,
  source: catalog.source.unwrap().nullable(),
  denominators: catalog.denominators.unwrap().nullable(),
  credits: z.object({
    byline: z.string().nullable(),
    publisher: z.string().nullable(),
    reporters: z.array(z.string()),
    author: z.string().nullable(),
    source: z.string().nullable(),
    /** The date the copied page gives (`发布时间`), YYYY-MM-DD. */
    published: z.string().nullable(),
    /** The date the report signs at its end, YYYY-MM-DD or YYYY-MM. */
    written: z.string().nullable(),
    staff: z.array(z.object({ role: z.string(), name: z.string() })),
  }),
  script: z.enum(['simplified', 'traditional']),
  counts: z.object({
    sections: z.number().int(),
    subsections: z.number().int(),
    paragraphs: z.number().int(),
    captions: z.number().int(),
    characters: z.number().int(),
    facts: z.number().int(),
  }),
  /** Characters of running text per theme: how much of the report each theme takes up. */
  themeText: z.record(z.enum(THEMES), z.number().int().nonnegative()),
  sections: z.array(
    z.object({ id: z.string(), level: z.union([z.literal(2), z.literal(3)]), marker: z.string().nullable(), title: z.string() }),
  ),
  original: z
    .array(
      z.object({
        kind: z.enum(['heading', 'paragraph', 'caption']),
        level: z.union([z.literal(2), z.literal(3)]).nullable(),
        text: z.string(),
        credit: z.string().nullable(),
      }),
    )
    .nullable(),
});

export type ReportFrontmatter = z.infer<typeof reportSchema>;
