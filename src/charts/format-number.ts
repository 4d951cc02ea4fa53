import { format } from 'd3-format';

const fourDigits = format('.4~r');
const grouped = format(',~r');

/**
 * A number the way Chinese reports write large figures: `4.96亿`, `44.9万`, `1,330`.
 * Four significant digits for 万 and 亿, so tick labels and bar ends stay short.
 */
export function formatCompact(value: number): string {
  const size = Math.abs(value);
  if (size >= 1e8) return `${fourDigits(value / 1e8)}亿`;
  if (size >= 1e4) return `${fourDigits(value / 1e4)}万`;
  return size >= 1000 ? grouped(Math.round(value)) : fourDigits(value);
}
