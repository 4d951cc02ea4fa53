import { max, min } from 'd3-array';
import { type ScaleContinuousNumeric, scaleLinear, scaleLog } from 'd3-scale';

export type ScaleKind = 'linear' | 'log';

export interface ValueScale {
  scale: ScaleContinuousNumeric<number, number>;
  ticks: number[];
  /** Where a bar starts: zero on a linear scale, the lowest power of ten shown on a log scale. */
  base: number;
}

/**
 * The horizontal scale of a bar chart. A log scale starts at the power of ten at or
 * below the smallest value, so every bar keeps a visible length and its ticks are
 * powers of ten a reader can count; a linear scale starts at zero and is rounded out.
 */
export function valueScale(values: number[], kind: ScaleKind, range: [number, number]): ValueScale {
  const positive = values.filter((v) => v > 0);
  const top = max(positive) ?? 1;
  if (kind === 'linear') {
    const scale = scaleLinear().domain([0, top]).range(range).nice(4);
    return { scale, ticks: scale.ticks(4), base: 0 };
  }
  const low = 10 ** Math.floor(Math.log10(min(positive) ?? 1));
  const high = Math.max(10 ** Math.ceil(Math.log10(top)), low * 10);
  const scale = scaleLog().domain([low, high]).range(range);
  const ticks: number[] = [];
  for (let t = low; t <= high * 1.0001; t *= 10) ticks.push(t);
  return { scale, ticks, base: low };
}
