import { csvFormatRow } from 'd3-dsv';

// A text cell that a spreadsheet would run as a formula (CSV injection: `=HYPERLINK(…)`,
// `-1+1+cmd|…`), spaces before it included, since spreadsheets skip them, and the full-width
// signs some convert; prefixed with ' to stay text. Numbers are numbers, never text cells.
const FORMULA = /^[\s\u3000]*[=+\-@＝＋－＠]|^[\t\r]/u;

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  return FORMULA.test(value) ? `'${value}` : value;
}

/**
 * CSV that opens cleanly in Excel: a UTF-8 byte-order mark (without it Excel reads
 * Chinese as mojibake), CRLF line ends, RFC 4180 quoting by d3-dsv.
 */
export function toCsv(header: string[], rows: Array<Array<string | number | boolean | null>>): string {
  return `\ufeff${[header, ...rows.map((r) => r.map(cell))].map((r) => `${csvFormatRow(r)}\r\n`).join('')}`;
}
