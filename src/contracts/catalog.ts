import { z } from 'zod';

// Control characters, and the marks that reverse or isolate text direction (U+202E turns
// `abc` into `cba` on a page, in an image and in a spreadsheet).
export const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// Private-use characters show as nothing or as a box, and the pipeline marks damaged text with some of them.
const PRIVATE_USE = /[\ue000-\uf8ff\u{f0000}-\u{10ffff}]/u;
const SAFE = 'must not hold control or text-direction characters';
const SHOWN = 'must not hold private-use characters, which show as nothing or as a box';

/**
 * The longest a catalog field may be, in characters. Each field is copied into many pages,
 * files and preview images, so one pasted by mistake (a whole report as a region name)
 * would multiply through the site; real fields are a small part of these.
 */
export const FIELD_LIMITS = { id: 64, name: 100, text: 300, address: 2000 } as const;

const within = (max: number) => (s: string) => s.length <= max;
const overLimit = (max: number) => ({
  error: (issue: { input?: unknown }) =>
    `is ${String(issue.input).length} characters long, over the limit of ${max} (FIELD_LIMITS in src/contracts/catalog.ts)`,
});
const boundedText = (max: number) =>
  z
    .string()
    .refine(within(max), overLimit(max))
    .refine((s) => !UNSAFE_CHARACTERS.test(s), SAFE)
    .refine((s) => !PRIVATE_USE.test(s), SHOWN);
const text = boundedText(FIELD_LIMITS.text);
const nonEmpty = text.refine((s) => s.trim() !== '', 'must not be empty');
const name = boundedText(FIELD_LIMITS.name).refine((s) => s.trim() !== '', 'must not be empty');
/** A real calendar day: the pattern alone lets 2025-99-99 through. */
const isDay = (s: string) => {
  const day = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
};
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
  .refine(isDay, 'must be a day of the calendar');
/** Whether an address carries a user name or password, which the site would publish. */
const hasCredentials = (s: string) => {
  try {
    const url = new URL(s);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
};
const NO_CREDENTIALS = 'must not hold a user name or password, which every page would publish';
const slug = z
  .string()
  .refine(within(FIELD_LIMITS.id), overLimit(FIELD_LIMITS.id))
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
        name,
        nameEn: boundedText(FIELD_LIMITS.name).optional(),
        level: z.enum(LEVELS),
        province: text.optional(),
      })
      .strict(),
    organization: text.optional(),
    /** The day this entry or its copy was added or last changed: the pages' date of last change. */
    updated: day.optional(),
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
            source: boundedText(FIELD_LIMITS.address)
              .refine((s) => s.trim() !== '', 'must not be empty')
              .refine((s) => !/^[a-z][a-z0-9+.-]*:/i.test(s) || /^https?:\/\/\S+$/i.test(s), 'must be words or an http:// or https:// address')
              .refine((s) => !hasCredentials(s), NO_CREDENTIALS),
          })
          .strict(),
      })
      .strict()
      .optional(),
    source: z
      .object({
        publisher: text.optional(),
        author: text.optional(),
        published: day.nullable().optional(),
        url: z
          .string()
          .refine(within(FIELD_LIMITS.address), overLimit(FIELD_LIMITS.address))
          .pipe(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }))
          .refine((u) => !UNSAFE_CHARACTERS.test(u), SAFE)
          .refine((u) => !hasCredentials(u), NO_CREDENTIALS)
          .nullable()
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
