import { z } from 'zod';
import { LEVELS } from './catalog.ts';
import { KINDS, QUALIFIERS, THEMES } from './fact.ts';

const words = z.array(z.string().min(1)).min(1);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

/** An indicator counts either what was done in a report's period or a standing total. */
export const INDICATOR_KINDS = ['flow', 'stock'] as const;

/** How a fact is recognised as counting for an indicator (content/indicators.yaml explains each). */
const ruleFields = {
  counts: words.optional(),
  about: words.optional(),
  either: z.boolean().optional(),
  action: z.string().nullable().optional(),
  not: words.optional(),
  /** Words of a figure's own clause that let an earlier sentence or a heading name this indicator (`选手`, `同台竞技`). */
  joins: words.optional(),
};

/** A twin in content/indicators.yaml: its family's rules, with what it changes (null drops a rule). */
const twinEntrySchema = z
  .object({
    id,
    zh: z.string().min(1),
    en: z.string().min(1),
    unit: z.string().optional(),
    kind: z.enum(INDICATOR_KINDS).optional(),
    ...ruleFields,
    counts: words.nullable().optional(),
    about: words.nullable().optional(),
    not: words.nullable().optional(),
  })
  .strict();

/** What names an indicator for readers, in content/indicators.yaml and in facts.json alike. */
const namingFields = { id, zh: z.string().min(1), en: z.string().min(1), theme: z.enum(THEMES), kind: z.enum(INDICATOR_KINDS) };

/** An indicator family as written in content/indicators.yaml. */
export const indicatorEntrySchema = z
  .object({
    ...namingFields,
    unit: z.string(),
    ...ruleFields,
    twins: z.array(twinEntrySchema).optional(),
  })
  .strict()
  .refine((e) => e.counts || e.about, 'needs `counts` or `about` words');

/** content/indicators.yaml: the vocabulary the rules use, then the indicators. */
export const taxonomyFileSchema = z
  .object({
    unitClasses: z.record(id, z.object({ zh: z.string().min(1), units: words }).strict()),
    kindWords: z
      .object({
        period: words,
        stock: words,
        flow: words,
        weakStock: words,
        yearly: words,
        perUnit: words,
        asOf: z.object({ from: words, to: words }).strict(),
      })
      .strict(),
    actions: z.record(id, words),
    parts: z.object({ part: words, selection: words, set: words }).strict(),
    sums: z.object({ total: words, breakdown: words, levels: words }).strict(),
    listActions: z.array(id),
    takingPart: words,
    reach: z.object({ verbs: words, nouns: words }).strict(),
    ignoreAfter: words,
    staff: words,
    elsewhere: z.object({ from: words, areas: z.record(z.string().min(1), z.array(z.enum(LEVELS))) }).strict(),
    plans: words,
    spans: words,
    since: z.object({ from: words, after: words, founded: words }).strict(),
    purposes: words,
    future: words,
    baseline: z.object({ from: words, to: words }).strict(),
    indicators: z.array(z.unknown()),
  })
  .strict();

export type IndicatorEntry = z.infer<typeof indicatorEntrySchema>;
export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;

/** One comparable indicator, twins spelled out: an item of `indicators` in facts.json. */
export const indicatorSchema = z
  .object({
    ...namingFields,
    /** The one unit class its figures are in (`persons`), its label (`人`) and measure words. */
    unitClass: id,
    unit: z.string().min(1),
    units: words,
    /** The family's first indicator; `twinOf` is null for that one. */
    family: id,
    twinOf: id.nullable(),
    match: z
      .object({
        counts: words.optional(),
        about: words.optional(),
        either: z.boolean(),
        action: z.string().nullable(),
        not: words.optional(),
        joins: words.optional(),
      })
      .strict(),
  })
  .strict();

export type Indicator = z.infer<typeof indicatorSchema>;

/** What a comparison needs of an indicator: how to link it and name it. */
export type IndicatorName = Pick<Indicator, 'id' | 'zh'>;

/** The fields of an indicator's figure in one report that the machine reads. */
const machineFields = {
  indicator: z.string(),
  report: z.string(),
  region: z.string(),
  value: z.number().nullable(),
  perYear: z.number().nullable(),
  unit: z.string(),
  unitClass: z.string(),
  qualifier: z.enum(QUALIFIERS),
  kind: z.enum(KINDS),
  uncertain: z.boolean(),
  facts: z.array(z.string()).min(1),
  /**
   * The report's own wording of the figure (`30余万元`) when one fact states it as it stands;
   * absent for a sum, which the report never wrote, and where an editor changed its number.
   */
  text: z.string().optional(),
  /**
   * The years of the report's period a flow covers where every fact it adds is dated to them
   * (`2022年以来`): `perYear` divides by these. Absent for the whole period.
   */
  years: z.number().int().positive().optional(),
};

/** An indicator's figure in one report as the rules read it, before any editor's review. */
export const machineValueSchema = z.object(machineFields).strict();

export type MachineValue = z.infer<typeof machineValueSchema>;

/**
 * Whether an editor checked a figure: every fact it adds confirmed, or some of them corrected
 * (then `machineValue` keeps what the rules read, null where they gave none), with the day of
 * the latest review and the corrections' reasons; null while any of it is the machine's
 * reading alone.
 */
export const VALUE_REVIEWS = ['confirmed', 'corrected'] as const;

export const valueReviewSchema = z
  .object({ status: z.enum(VALUE_REVIEWS), date: z.string(), reasons: z.array(z.string()) })
  .strict();

export type ValueReview = z.infer<typeof valueReviewSchema>;

/** One row of indicators.csv: an indicator's figure in one report, as published. */
export const indicatorValueSchema = z
  .object({ ...machineFields, review: valueReviewSchema.nullable(), machineValue: z.number().nullable() })
  .strict();

export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
