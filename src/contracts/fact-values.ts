// The closed vocabularies of a fact, apart from its schema so that browser code can name
// them without shipping the schema library.
export const QUALIFIERS = ['exact', 'approx-more', 'approx-less', 'at-least', 'approx'] as const;
export const KINDS = ['flow', 'stock', 'rate', 'per-unit'] as const;
export const THEMES = ['ideology', 'skills', 'rights', 'welfare', 'venues', 'organization', 'self', 'other'] as const;

export type Theme = (typeof THEMES)[number];
