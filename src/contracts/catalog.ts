import { z } from 'zod';

// Control characters, and the marks that reverse or isolate text direction (U+202E turns
// `abc` into `cba` on a page, in an image and in a spreadsheet).
export const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const SAFE = 'must not hold control or text-direction characters';

const text = z.string().refine((s) => !UNSAFE_CHARACTERS.test(s), SAFE);
const nonEmpty = text.refine((s) => s.trim() !== '', 'must not be empty');
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
  .refine((s) => !s.includes('-vs-'), 'must not contain "-vs-", which joins two region ids in comparison URLs');

/**
 * A region id, which comparison URLs join to another with `-vs-`: one starting with `vs-` or
 * ending in `-vs` would give two pairs one URL (`a-vs` with `a`, and `a` with `vs-a`, are
 * both `a-vs-vs-a`).
 */
const regionId = slug.refine((s) => !s.startsWith('vs-') && !s.endsWith('-vs'), 'must not start with "vs-" or end with "-vs", which would give two comparison pages one URL');

export const LEVELS = ['province', 'city', 'district', 'county', 'zone', 'town'] as const;

/** Years of a period as catalogued: the span, or the span counting both ends (2019–2023 is 4 or 5). */
export const yearsAgree = (p: { start: number; end: number; years: number }) =>
  p.years === p.end - p.start || p.years === p.end - p.start + 1;

/** An entry of seeds/catalog.json (design.md §2). */
export const catalogEntrySchema = z
  .object({
    id: slug,
    file: nonEmpty.refine((f) => !/[/\\]/.test(f) && f !== '.' && f !== '..', 'must be a file name inside seeds/, without folders'),
    title: nonEmpty.optional(),
    region: z
      .object({
        id: regionId,
        name: nonEmpty,
        nameEn: text.optional(),
        level: z.enum(LEVELS),
        province: text.optional(),
      })
      .strict(),
    organization: text.optional(),
    period: z
      .object({
        start: z.number().int().min(1949).max(2100),
        end: z.number().int().min(1949).max(2100),
        years: z.number().int().positive().max(60),
        note: text.optional(),
      })
      .strict()
      .refine((p) => p.end >= p.start, { message: 'end must not be before start', path: ['end'] })
      .refine(yearsAgree, { message: 'must be end − start or end − start + 1', path: ['years'] }),
    denominators: z
      .object({
        /** Union members the report's rates are per (每万名会员), where the report does not state them itself. */
        members: z
          .object({
            value: z.number().int().positive().max(500_000_000),
            year: z.number().int().min(1949).max(2100),
            /** Where the figure comes from: a document named in words, or its http(s) address. */
            source: nonEmpty.refine((s) => !/^[a-z][a-z0-9+.-]*:/i.test(s) || /^https?:\/\/\S+$/i.test(s), 'must be words or an http:// or https:// address'),
          })
          .strict(),
      })
      .strict()
      .optional(),
    source: z
      .object({
        publisher: text.optional(),
        author: text.optional(),
        published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD').nullable().optional(),
        url: z
          .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
          .refine((u) => !UNSAFE_CHARACTERS.test(u), SAFE)
          .nullable()
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
