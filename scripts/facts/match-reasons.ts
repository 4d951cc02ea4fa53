// The reasons an indicator's score gives, as npm run explain prints them: the weights its
// score adds up, or the case that ruled the indicator out.

/** One weight that went into a score: which, how much, and why in words. */
export interface Weight {
  name: WeightName;
  amount: number;
  why: string;
}

// Between the noun a figure counts and the figure may stand quotes, words of quantity
// (`总数`, `人数`), of kind (`已累计建成`, `达到`) and the head `活动`, which says nothing of
// what was held (`技能比武活动120余项`); at most this many characters.
export const NOUN_REACH = 8;
// Reports name the topic and then give the figure: a word after the figure counts as this much further away.
export const AFTER_FIGURE = 10;

interface WeightCase {
  /** The amount for a measure (a length, a distance); constant weights ignore it. */
  amount: (n: number) => number;
  why: (n: number) => string;
}

/**
 * The weights of a score. A counted noun next to the figure beats words of the activity,
 * which weigh less the further they stand; a longer (more specific) word wins between
 * equals, and for words of the activity only outweighs a character or two of distance.
 */
export const WEIGHTS = {
  'noun-before': { amount: () => 100, why: () => 'its noun stands right before the figure' },
  'noun-gap': { amount: (n) => -n, why: (n) => `${n} characters of quantity and kind words stand between noun and figure` },
  'noun-head': { amount: () => 90, why: () => 'its noun heads the phrase after the measure word' },
  'phrase-length': { amount: (n) => Math.min(n, NOUN_REACH), why: (n) => `the phrase it heads runs ${n} characters (counting at most ${NOUN_REACH})` },
  'noun-first': { amount: () => 90, why: () => 'its noun opens the phrase after the measure word' },
  'noun-length': { amount: (n) => 0.1 * n, why: (n) => `a noun of ${n} characters is more specific` },
  // A noun read from the figure a part or an elided total refers to weighs a little less.
  borrowed: { amount: () => -5, why: () => 'its noun is read from the figure this one refers to' },
  'about-clause': { amount: () => 70, why: () => "its activity word stands in the figure's clause" },
  'about-segment': { amount: () => 60, why: () => "its activity word stands in the figure's sentence" },
  'about-earlier': { amount: () => 30, why: () => 'its activity word stands in an earlier sentence' },
  'about-heading': { amount: () => 20, why: () => 'its activity word stands in a heading' },
  'heading-depth': { amount: (n) => -n, why: (n) => `that heading stands ${n} level${n === 1 ? '' : 's'} above the nearest` },
  distance: { amount: (n) => -(n / 1000), why: (n) => `it stands ${n} characters from the figure` },
  'after-figure': { amount: () => -(AFTER_FIGURE / 1000), why: () => 'it stands after the figure' },
  'about-length': { amount: (n) => 0.002 * n, why: (n) => `an activity word of ${n} characters is more specific` },
  'noun-and-about': { amount: () => 5, why: () => 'both its noun and its activity word stand by the figure' },
  // Between two members of a family, a clause without kind words prefers the family's own kind.
  'other-kind': { amount: () => -1, why: () => "the clause has no kind words and the family's own kind is the other" },
} satisfies Record<string, WeightCase>;

export type WeightName = keyof typeof WEIGHTS;

/** The weight `name` for a measure `n` (a length, a distance; none for constant weights). */
export function weigh(name: WeightName, n = 0): Weight {
  const w: WeightCase = WEIGHTS[name];
  return { name, amount: w.amount(n), why: w.why(n) };
}

/** A score: its weights added in order. */
export function total(weights: readonly Weight[]): number {
  return weights.reduce((sum, w) => sum + w.amount, 0);
}

/** Where an activity word stood, the weight for standing there and how the summary says it. */
export const ABOUT_LEVELS = {
  clause: { weight: 'about-clause', said: 'in the clause' },
  segment: { weight: 'about-segment', said: 'in the sentence' },
  earlier: { weight: 'about-earlier', said: 'in an earlier sentence' },
  heading: { weight: 'about-heading', said: 'in a heading' },
} as const satisfies Record<string, { weight: WeightName; said: string }>;

export type AboutLevel = keyof typeof ABOUT_LEVELS;

interface RejectionCaseRule {
  check: number;
  /** Why in words, given what the check found (a measure word, a word of the clause). */
  why: (...found: string[]) => string;
}

/**
 * The cases that rule an indicator out, in the order score checks them, each with the check's
 * number (the later the check, the nearer the indicator came) and why in words.
 */
export const REJECTIONS = {
  unit: { check: 1, why: (unit: string) => `measure word ${unit} is not one of its units` },
  kind: { check: 2, why: (reading: string, own: string) => `figure is a ${reading}, it counts a ${own}` },
  'no-action': { check: 3, why: (action: string) => `no word of the action "${action}" governs the figure` },
  'disowned-action': {
    check: 3,
    why: (action: string, word: string) => `the only word of the action "${action}" in the clause, ${word}, is one of its not-words`,
  },
  'not-word': { check: 4, why: (word: string) => `its not-word ${word} stands in the figure's item` },
  'does-something': { check: 5, why: () => 'the counted noun does something: not a standing total' },
  'no-noun': { check: 6, why: () => 'the figure does not count one of its nouns' },
  'no-activity-word': { check: 7, why: () => "no word of its activity in the figure's clause or sentence" },
  'borrowed-other-noun': {
    check: 8,
    why: () => 'a list item without a noun of its own counts what the item before it counts, which is not one of its nouns',
  },
  'outside-only': {
    check: 8,
    why: () => 'only an earlier sentence or a heading names its activity, and the clause names none of its nouns or joins words',
  },
} satisfies Record<string, RejectionCaseRule>;

export type RejectionCase = keyof typeof REJECTIONS;

/** Why an indicator was ruled out: the case, its check and why in words. */
export interface Rejection {
  score: null;
  case: RejectionCase;
  check: number;
  why: string;
}

export function reject(name: RejectionCase, ...found: string[]): Rejection {
  const rule: RejectionCaseRule = REJECTIONS[name];
  return { score: null, case: name, check: rule.check, why: rule.why(...found) };
}
