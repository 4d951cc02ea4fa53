import { type SortCell, type SortDirection, keyAt, nextDirection, sortOrder } from '../lib/view/table-sort.ts';

/**
 * Sortable data tables: each column header becomes a button; the table itself stays plain
 * HTML in its report order without JavaScript.
 */
function cells(row: HTMLTableRowElement): SortCell[] {
  return [...row.cells].map((cell) => ({ span: cell.colSpan, key: cell.dataset.sort ?? cell.textContent?.trim() ?? '' }));
}

/** Makes a table's column headers sort it; for tables written after the page loaded too. */
export function sortable(table: HTMLTableElement): void {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  const body = table.tBodies[0];
  if (!body) return;
  headers.forEach((header, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener('click', () => {
      const current = header.getAttribute('aria-sort') as SortDirection | null;
      const direction = nextDirection(current === 'ascending' || current === 'descending' ? current : null, header.hasAttribute('data-numeric'));
      const rows = [...body.rows];
      const order = sortOrder(rows.map((row) => keyAt(cells(row), column)), direction);
      body.append(...order.map((i) => rows[i]!));
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
    });
  });
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) sortable(table);
