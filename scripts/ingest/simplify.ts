import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Share of Han characters that OpenCC changes; simplified prose scores near 0, traditional well above 0.1. */
export function traditionalShare(text: string): number {
  const han = [...text].filter((c) => /\p{Script=Han}/u.test(c));
  if (han.length === 0) return 0;
  const converted = [...toSimplified(han.join(''))];
  let changed = 0;
  han.forEach((c, i) => {
    if (converted[i] !== c) changed++;
  });
  return changed / han.length;
}

export const TRADITIONAL_THRESHOLD = 0.05;

export function isTraditional(text: string): boolean {
  return traditionalShare(text) >= TRADITIONAL_THRESHOLD;
}

export function simplify(text: string): string {
  return toSimplified(text);
}
