/** Entries in catalog order, the order every list and comparison on the site uses. */
export function catalogOrder<T extends { data: { order: number } }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}
