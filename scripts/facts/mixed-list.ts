import type { Indicator } from '../../src/contracts/indicator.ts';
import { type Evidence, itemBefore } from './evidence.ts';
import { findWords, hasWord } from './find-words.ts';

/**
 * The families a figure over a list of several kinds of activity counts together, when it
 * counts a mix (`开展宣传教育、劳模进校园、慰问演出等活动216场次`): its words end in a `…、…等`
 * list whose head after 等 names no indicator (`活动`), and two of the list's items each name
 * a family the other does not, among the indicators that could take the figure. Such a
 * figure is no one indicator's: adding it to either would add the other's events to it.
 * Null when the figure counts one kind of thing (`…等文体活动598场`, `…等活动` of one kind).
 */
export function mixedFamilies(evidence: Evidence, candidates: readonly Indicator[]): string[] | null {
  const own = itemBefore(evidence.before, evidence.listItem);
  const etc = own.lastIndexOf('等');
  if (etc === -1 || !own.slice(0, etc).includes('、')) return null;
  const head = own.slice(etc + 1);
  const wordsOf = (i: Indicator) => [...(i.match.about ?? []), ...(i.match.counts ?? [])];
  if (candidates.some((i) => hasWord(head, wordsOf(i)))) return null;
  const named = own
    .slice(0, etc)
    .split('、')
    .map((item) => new Set(candidates.filter((i) => findWords(item, wordsOf(i)).length > 0).map((i) => i.family)));
  const families = [...new Set(named.flatMap((s) => [...s]))];
  const apart = (a: string, b: string) => named.some((s) => s.has(a) && !s.has(b)) && named.some((s) => s.has(b) && !s.has(a));
  const mixed = families.some((a) => families.some((b) => a !== b && apart(a, b)));
  return mixed ? families : null;
}
