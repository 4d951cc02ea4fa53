import { z } from 'zod';
import { KINDS, QUALIFIERS, THEMES } from './fact.ts';

const words = z.array(z.string().min(1)).min(1);

/** An entry of content/indicators.yaml. */
export const indicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    zh: z.string().min(1),
    en: z.string().min(1),
    theme: z.enum(THEMES),
    kind: z.enum(KINDS),
    units: words,
    match: z
      .object({ what: words.optional(), context: words.optional(), not: words.optional() })
      .strict()
      .refine((m) => m.what || m.context, 'needs `what` or `context` words'),
  })
  .strict();

export type Indicator = z.infer<typeof indicatorSchema>;

/** One row of indicators.csv: an indicator's figure in one report. */
export const indicatorValueSchema = z
  .object({
    indicator: z.string(),
    report: z.string(),
    region: z.string(),
    value: z.number().nullable(),
    perYear: z.number().nullable(),
    unit: z.string(),
    qualifier: z.enum(QUALIFIERS),
    kind: z.enum(KINDS),
    uncertain: z.boolean(),
    facts: z.array(z.string()).min(1),
  })
  .strict();

export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
