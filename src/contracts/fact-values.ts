// The closed vocabularies of a fact, apart from its schema so that browser code can name
// them without shipping the schema library.
export const QUALIFIERS = ['exact', 'approx-more', 'approx-less', 'at-least', 'approx'] as const;
export const KINDS = ['flow', 'stock', 'rate', 'per-unit'] as const;
export const THEMES = ['ideology', 'skills', 'rights', 'welfare', 'venues', 'organization', 'self', 'other'] as const;

export type Theme = (typeof THEMES)[number];

/**
 * Whether a fact's number and measure word are the report's (its `text` says them), not an
 * editor's correction. Here, apart from the schema, because the pages' scripts label figures too.
 */
export function asWritten(fact: {
  value: number | null;
  unit: string;
  review: { machine: { value: number | null; unit: string } | null } | null;
}): boolean {
  const machine = fact.review?.machine;
  return !machine || (machine.value === fact.value && machine.unit === fact.unit);
}
