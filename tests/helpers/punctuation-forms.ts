import { toFullWidth } from '../../scripts/eval/full-width.ts';

/**
 * Each rule test runs its snippets as the seeds print them (ASCII marks) and as web pages
 * do (full-width `，；：（）！？`), expecting the same reading.
 */
export const PUNCTUATION_FORMS: ReadonlyArray<[string, (text: string) => string]> = [
  ['ASCII marks', (text) => text],
  ['full-width marks', toFullWidth],
];
