/**
 * One colour per region, by the region's place in the catalog, the same on every page.
 * Okabe–Ito hues, told apart with colour-blindness and legible on light and dark grounds;
 * charts also label every mark with its region's name, so colour is never the only cue.
 */
export const REGION_PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#8f7a36', '#7f7f7f'] as const;

export function regionColor(order: number): string {
  return REGION_PALETTE[((order % REGION_PALETTE.length) + REGION_PALETTE.length) % REGION_PALETTE.length]!;
}
