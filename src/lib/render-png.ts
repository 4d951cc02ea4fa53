import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

// Resolved from the project root: this module runs from Astro's build output, not from src/.
const require = createRequire(join(process.cwd(), 'package.json'));

/**
 * Noto Sans SC from an npm package: images render the same on every machine, with no
 * system fonts and no network, and every Chinese character has a glyph.
 */
const FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
];

/** An SVG drawn as PNG, `zoom` times its own size. */
export function renderPng(svg: string, zoom = 1): Uint8Array<ArrayBuffer> {
  const png = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
    fitTo: zoom === 1 ? { mode: 'original' } : { mode: 'zoom', value: zoom },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
