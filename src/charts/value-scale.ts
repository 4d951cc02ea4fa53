import { max, min } from 'd3-array';
import { type ScaleContinuousNumeric, scaleLinear, scaleLog } from 'd3-scale';

export type ScaleKind = 'linear' | 'log';

export interface ValueScale {
  scale: ScaleContinuousNumeric<number, number>;
  ticks: number[];
}

/**
 * The horizontal scale of a chart of values. A linear scale starts at zero and is rounded
 * out: bars stand on it, so their lengths compare. A log scale has no zero, so it carries
 * dots only; it spans the powers of ten around the values, ticks a reader can count.
 */
export function valueScale(values: number[], kind: ScaleKind, range: [number, number]): ValueScale {
  const positive = values.filter((v) => v > 0);
  const top = max(positive) ?? 1;
  if (kind === 'linear') {
    const scale = scaleLinear().domain([0, top]).range(range).nice(4);
    return { scale, ticks: scale.ticks(4) };
  }
  const low = 10 ** Math.floor(Math.log10(min(positive) ?? 1));
  const high = Math.max(10 ** Math.ceil(Math.log10(top)), low * 10);
  const scale = scaleLog().domain([low, high]).range(range);
  const ticks: number[] = [];
  for (let t = low; t <= high * 1.0001; t *= 10) ticks.push(t);
  return { scale, ticks };
}
