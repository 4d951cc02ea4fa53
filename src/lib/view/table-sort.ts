/** One body cell as the sorter sees it: how many columns it spans and its sort key. */
export interface SortCell {
  span: number;
  /** `data-sort` when the cell has one (numbers unformatted), else its text. */
  key: string;
}

export type SortDirection = 'ascending' | 'descending';

/**
 * The key of the cell that covers `column` in a row whose cells may span several columns
 * (a `未提及` row spans the value columns). A row too short for the column has no key.
 */
export function keyAt(cells: SortCell[], column: number): string {
  let start = 0;
  for (const cell of cells) {
    if (column < start + cell.span) return cell.key;
    start += cell.span;
  }
  return '';
}

const isNumber = (key: string) => key.trim() !== '' && Number.isFinite(Number(key));
const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Row order for sorting by one column: numbers compared as numbers when every known key is
 * one, text in Chinese collation otherwise; rows without a value (未提及, 无会员数) stay last
 * in either direction, in their original order, so a sort never hides who is missing.
 */
export function sortOrder(keys: string[], direction: SortDirection): number[] {
  const known = keys.filter((k) => k.trim() !== '');
  const numeric = known.length > 0 && known.every(isNumber);
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: string, b: string) => (numeric ? Number(a) - Number(b) : collator.compare(a, b));
  return keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => {
      const aEmpty = a.key.trim() === '';
      const bEmpty = b.key.trim() === '';
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
      return sign * compare(a.key, b.key) || a.index - b.index;
    })
    .map((r) => r.index);
}

/** The next direction when a header is pressed: numbers open largest first, text A→Z. */
export function nextDirection(current: SortDirection | null, numeric: boolean): SortDirection {
  if (current) return current === 'ascending' ? 'descending' : 'ascending';
  return numeric ? 'descending' : 'ascending';
}
