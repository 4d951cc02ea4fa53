import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import subsetFont from 'subset-font';

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

/** Raise when the drawing changes in a way the SVG text does not show (resvg or palette options, fonts). */
const RENDER_VERSION = 3;

/**
 * The images are flat colours, text and bars in at most six hues: a palette of 16 colours,
 * undithered, keeps their edges and text as sharp as 64 did, at three quarters of the bytes
 * (libimagequant, through sharp).
 */
const PALETTE = { palette: true, colours: 16, dither: 0, compressionLevel: 9, effort: 1 } as const;

export type PngRenderer = (svg: string, zoom?: number) => Promise<Uint8Array<ArrayBuffer>>;

/**
 * A renderer for a known set of SVGs. The fonts are cut down once to the characters those
 * SVGs use: resvg with the full 10 MB CJK fonts takes about ten times as long per image.
 */
export async function pngRenderer(svgs: string[]): Promise<PngRenderer> {
  const characters = new Set(svgs.flatMap((svg) => [...svg]));
  const text = [...characters].sort().join('');
  const key = createHash('sha256').update(text);
  for (const file of FONT_FILES) key.update(`${file}:${statSync(file).size}`);
  const folder = join(tmpdir(), `union-reports-fonts-${key.digest('hex').slice(0, 16)}`);
  mkdirSync(folder, { recursive: true });
  const fontFiles = await Promise.all(
    FONT_FILES.map(async (file, i) => {
      const out = join(folder, `${i}.ttf`);
      // Written aside and renamed: another renderer (another endpoint's bundle, or a parallel
      // build) may be reading the same file, and must never see it half written.
      if (!existsSync(out)) {
        const partial = `${out}.${process.pid}.${Date.now()}`;
        writeFileSync(partial, await subsetFont(readFileSync(file), text, { targetFormat: 'truetype' }));
        renameSync(partial, out);
      }
      return out;
    }),
  );
  // IMAGE_CACHE_DIR: a build measured from scratch (the bench) starts with an empty one.
  const cache = process.env.IMAGE_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'union-reports-png');
  mkdirSync(cache, { recursive: true });
  const fontKey = FONT_FILES.map((file) => `${file}:${statSync(file).size}`).join('\n');
  return async (svg, zoom = 1) => {
    const missing = [...svg].find((c) => !characters.has(c));
    if (missing !== undefined) throw new Error(`renderPng: character ${JSON.stringify(missing)} was not in the SVGs the fonts were cut for`);
    // An image is drawn once per content: the same SVG at the same zoom with the same fonts
    // gives the same pixels, so later builds (and an unchanged chart) reuse the file.
    const file = join(cache, `${createHash('sha256').update(`${RENDER_VERSION}\n${fontKey}\n${zoom}\n${svg}`).digest('hex')}.png`);
    if (existsSync(file)) return new Uint8Array(readFileSync(file));
    const drawn = new Resvg(svg, {
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
      fitTo: zoom === 1 ? { mode: 'original' } : { mode: 'zoom', value: zoom },
    })
      .render()
      .asPng();
    const png = await sharp(drawn).png(PALETTE).toBuffer();
    const partial = `${file}.${process.pid}.${Date.now()}`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return new Uint8Array(png);
  };
}
