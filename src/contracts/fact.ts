import { z } from 'zod';

import { KINDS, QUALIFIERS, THEMES } from './fact-values.ts';
import { figureReviewSchema } from './review.ts';

export { KINDS, QUALIFIERS, THEMES };

/** One quantitative fact of a report: the field table of design.md §3. */
export const factSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+-f\d{3,}$/),
    report: z.string(),
    region: z.string(),
    text: z.string().min(1),
    value: z.number().nullable(),
    unit: z.string().min(1),
    qualifier: z.enum(QUALIFIERS),
    kind: z.enum(KINDS),
    perYear: z.number().nullable(),
    /**
     * The years of the report's period a flow covers where its sentence dates its work
     * (`2022年以来` in a 2019–2024 report: 3): its per-year value divides by these, not the
     * period's. Absent for a figure of the whole period.
     */
    years: z.number().int().positive().optional(),
    what: z.string(),
    sentence: z.string().min(1),
    section: z.string().nullable(),
    theme: z.enum(THEMES),
    indicator: z.string().nullable(),
    /**
     * The indicator the rules came nearest to on weak evidence (only words away from the
     * figure named it), when `indicator` is null: the figure is not charted, and an editor
     * may assign it. Facts written before it existed read as having none.
     */
    candidate: z.string().nullable().default(null),
    /** Why the evidence for `candidate` was too weak to chart, in the reader's words. */
    candidateReason: z.string().nullable().default(null),
    uncertain: z.boolean(),
    uncertainReason: z.string().nullable(),
    url: z.string().regex(/^\/reports\/[a-z0-9-]+\/#[a-z0-9-]+$/),
    /** An editor's review (content/reviews/); null for the machine's reading alone. */
    review: figureReviewSchema.nullable(),
  })
  .strict()
  .refine((f) => f.uncertain === (f.uncertainReason !== null), 'an uncertain fact needs a reason, a certain one none')
  .refine((f) => f.candidate === null || f.indicator === null, 'a fact with an indicator has no candidate')
  .refine((f) => (f.candidate === null) === (f.candidateReason === null), 'a candidate needs a reason, no candidate none')
  .refine((f) => f.perYear === null || f.kind === 'flow' || f.kind === 'per-unit', 'only flows and per-year figures have perYear');

export type Fact = z.infer<typeof factSchema>;

export type Qualifier = Fact['qualifier'];
export type Kind = Fact['kind'];
export type Theme = Fact['theme'];
