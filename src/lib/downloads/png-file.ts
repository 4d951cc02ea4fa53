/** How many device pixels a downloaded PNG has per SVG unit: sharp in print and on slides. */
export const PNG_ZOOM = 2;

/** The PNG's size in pixels for an SVG's `width` and `height`; none for a chart without them. */
export function pngSize(svg: string, zoom = PNG_ZOOM): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) return null;
  return { width: Math.round(width * zoom), height: Math.round(height * zoom) };
}
