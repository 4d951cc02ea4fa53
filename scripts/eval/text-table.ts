/** A row of cells, or a rule across the table with a caption in it. */
export type TableRow = Array<string | number> | { rule: string };

// Han characters and full-width marks take two columns in a terminal.
const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1), 0);

/** A plain-text table: text left-aligned, numbers and percentages right-aligned. */
export function textTable(header: string[], rows: TableRow[]): string {
  const cells = rows.filter((r): r is Array<string | number> => Array.isArray(r)).map((r) => r.map(String));
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i] ?? ''))));
  const numeric = (s: string) => /^[-\d.,]+%?$/.test(s);
  const line = (r: string[]) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - width(c));
        return numeric(c) ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  const out = [line(header), '-'.repeat(total)];
  for (const r of rows) out.push(Array.isArray(r) ? line(r.map(String)) : `-- ${r.rule} `.padEnd(total, '-'));
  return out.join('\n');
}
