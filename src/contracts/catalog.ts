import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');
const text = z.string().trim().min(1, 'must not be empty');

export const LEVELS = ['province', 'city', 'district', 'county', 'zone', 'town'] as const;

/** An entry of seeds/catalog.json (design.md §2). */
export const catalogEntrySchema = z
  .object({
    id: slug,
    file: text.refine((f) => !/[/\\]/.test(f), 'must be a file name inside seeds/, without folders'),
    title: text.optional(),
    region: z
      .object({
        id: slug,
        name: text,
        nameEn: z.string().optional(),
        level: z.enum(LEVELS),
        province: z.string().optional(),
      })
      .strict(),
    organization: z.string().optional(),
    period: z
      .object({
        start: z.number().int().min(1949).max(2100),
        end: z.number().int().min(1949).max(2100),
        years: z.number().positive().max(50),
        note: z.string().optional(),
      })
      .strict()
      .refine((p) => p.end >= p.start, { message: 'end must not be before start', path: ['end'] }),
    source: z
      .object({
        publisher: z.string().optional(),
        author: z.string().optional(),
        published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD').nullable().optional(),
        url: z.url().nullable().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
