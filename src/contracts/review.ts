import { z } from 'zod';
import { KINDS } from './fact-values.ts';

/**
 * What an editor decided about one figure of a report, as written in
 * `content/reviews/<report>.yaml` by hand or by `npm run review`.
 */
export const REVIEW_DECISIONS = ['confirmed', 'corrected', 'assigned'] as const;

// YAML reads an unquoted 2026-12-07 as a date; the review keeps the day as written.
const day = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
);

/**
 * One entry of a review file. A figure is found by its words, not its running number, so a
 * review stays with its figure when the rules find or lose others: `figure` is the number as
 * the report writes it (`427家`) and `quote` a stretch of its sentence holding it, long enough
 * to occur once in the report.
 */
export const reviewEntrySchema = z
  .object({
    figure: z.string().min(1).max(40),
    quote: z.string().min(2).max(300),
    decision: z.enum(REVIEW_DECISIONS),
    /** The indicator it counts for; `null` leaves a figure out of every indicator. */
    indicator: z.string().min(1).nullable().optional(),
    value: z.number().finite().nonnegative().optional(),
    unit: z.string().min(1).max(8).optional(),
    kind: z.enum(KINDS).optional(),
    reason: z.string().min(1).max(300).optional(),
    reviewer: z.string().min(1).max(100),
    date: day,
  })
  .strict()
  .refine((e) => e.quote.includes(e.figure), { message: 'quote must hold the figure as written', path: ['quote'] })
  .refine((e) => e.decision !== 'corrected' || e.reason !== undefined, { message: 'a correction needs a reason', path: ['reason'] })
  .refine(
    (e) => e.decision !== 'corrected' || [e.indicator, e.value, e.unit, e.kind].some((x) => x !== undefined),
    { message: 'a correction changes the indicator, value, unit or kind', path: ['decision'] },
  )
  .refine((e) => e.decision !== 'assigned' || typeof e.indicator === 'string', { message: 'an assignment names an indicator', path: ['indicator'] })
  .refine((e) => e.decision !== 'confirmed' || [e.indicator, e.value, e.unit, e.kind].every((x) => x === undefined), {
    message: 'a confirmation changes nothing; write `corrected` to change the figure',
    path: ['decision'],
  });

export type ReviewEntry = z.infer<typeof reviewEntrySchema>;

/**
 * What a reader is told of a figure an editor reviewed: who checked it and when, and for a
 * correction the reason and the machine's reading it replaced.
 */
export const figureReviewSchema = z
  .object({
    decision: z.enum(REVIEW_DECISIONS),
    reviewer: z.string(),
    date: z.string(),
    reason: z.string().nullable(),
    machine: z
      .object({ indicator: z.string().nullable(), value: z.number().nullable(), unit: z.string(), kind: z.enum(KINDS) })
      .strict()
      .nullable(),
  })
  .strict();

export type FigureReview = z.infer<typeof figureReviewSchema>;
