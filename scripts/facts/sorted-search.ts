/**
 * How many items open `sorted` for which `before` holds, found by halving: `before` holds
 * for a first run of the items and for none after it (they are in order). Figures, sentences
 * and spans are kept in document order, and a paragraph may hold thousands of them.
 */
export function countBefore<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
