/** `toFixed` without the trailing zeros it pads with: `44.90` → `44.9`, `3.0` → `3`. */
function fixed(value: number, decimals: number): string {
  const s = value.toFixed(Math.max(0, decimals));
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** `digits` significant digits, never fewer than the integer part has. */
const significant = (value: number, digits: number) =>
  fixed(value, digits - 1 - Math.floor(Math.log10(Math.abs(value))));

/**
 * In 万 or 亿, the way Chinese reports write large figures; a figure that rounds up to
 * 10000万 moves on to 亿.
 */
function inMyriads(size: number, from: number, write: (n: number) => string): string | null {
  if (size >= 1e8) return `${write(size / 1e8)}亿`;
  if (size < from) return null;
  const wan = write(size / 1e4);
  return Number(wan) >= 1e4 ? `${write(size / 1e8)}亿` : `${wan}万`;
}

/**
 * Short, for chart labels, ticks and averages: `4.96亿`, `44.9万`, `1225`, `110`, `3.5`,
 * `0.42`. Four significant digits in 万 and 亿; whole numbers from 10, one decimal below,
 * two significant digits below 1, so a small rate does not read as zero.
 */
export function formatCompact(value: number): string {
  const size = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (size === 0) return '0';
  const big = inMyriads(size, 1e4, (n) => significant(n, 4));
  if (big) return sign + big;
  if (size >= 10) return sign + String(Math.round(size));
  return sign + (size >= 1 ? fixed(size, 1) : significant(size, 2));
}

/**
 * Every digit a figure has, for tables: `133.09万`, `4.96亿`, `26886`. Up to five digits stay
 * as written (reports write `26886人`); beyond, 万 and 亿 keep a figure from showing a
 * grouped run of digits.
 */
export function formatExact(value: number): string {
  const size = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  const big = inMyriads(size, 1e5, (n) => fixed(n, 6));
  return sign + (big ?? fixed(size, 2));
}
