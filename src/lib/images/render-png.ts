import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { markUsed } from '../cache/mark-used.ts';
import { running } from '../process/running.ts';

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

/**
 * Where drawings are kept from build to build (docs/caches.md). IMAGE_CACHE_DIR: the build
 * names it (scripts/lib/paths.ts), and a build measured from scratch (the bench) starts with an empty one.
 */
const imageCache = () => process.env.IMAGE_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'union-reports-png');

const fontsKey = () => FONT_FILES.map((file) => `${file}:${statSync(file).size}`).join('\n');

/**
 * An image is drawn once per content: the same SVG at the same zoom with the same fonts
 * gives the same pixels, so later builds (and an unchanged chart) reuse the file.
 */
const drawingFile = (cache: string, fontKey: string, svg: string, zoom: number) =>
  join(cache, `${createHash('sha256').update(`${RENDER_VERSION}\n${fontKey}\n${zoom}\n${svg}`).digest('hex')}.png`);

/**
 * Marks the drawings of `svgs` (at zoom 1) as used by this build, whether or not it draws
 * them: Astro copies an unchanged image from its own cache without asking the renderer, and
 * the drawing must outlive that, for a build whose Astro cache was emptied.
 */
export function keepDrawings(svgs: string[]): void {
  const cache = imageCache();
  const fontKey = fontsKey();
  for (const svg of svgs) markUsed(drawingFile(cache, fontKey, svg, 1));
}

export type PngRenderer = (svg: string, zoom?: number) => Promise<Uint8Array<ArrayBuffer>>;

/**
 * The cut fonts as files, which is how resvg takes fonts: in a folder of this process's own
 * under the image cache (`fonts/<pid>-<random>`, a name no one can plant files under before it
 * exists), removed when the process ends, or by the next renderer when it was killed. Never a
 * folder of the shared temporary one under a name anyone can work out. Each file is checked to
 * be the one written before every drawing.
 */
function fontFolder(cache: string): { folder: string; check: (files: Array<{ file: string; digest: string }>) => void } {
  const parent = join(cache, 'fonts');
  mkdirSync(parent, { recursive: true });
  for (const name of readdirSync(parent)) {
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    if (!running(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
  const folder = mkdtempSync(join(parent, `${process.pid}-`));
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  const seen = new Map<string, string>();
  return {
    folder,
    check(files) {
      for (const { file, digest } of files) {
        // Hashed again only when the file's identity changed since it was hashed.
        const stat = statSync(file);
        const identity = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
        if (seen.get(file) === identity) continue;
        if (createHash('sha256').update(readFileSync(file)).digest('hex') !== digest) {
          throw new Error(`renderPng: the cut font ${file} is not the one this build wrote; build again`);
        }
        seen.set(file, identity);
      }
    },
  };
}

/**
 * A renderer for a known set of SVGs. The fonts are cut down to the characters those SVGs
 * use, once, when the first image not in the cache is drawn: resvg with the full 10 MB CJK
 * fonts takes about ten times as long per image.
 */
export async function pngRenderer(svgs: string[]): Promise<PngRenderer> {
  const characters = new Set(svgs.flatMap((svg) => [...svg]));
  const text = [...characters].sort().join('');
  const cache = imageCache();
  mkdirSync(cache, { recursive: true });
  let cut: Promise<{ files: Array<{ file: string; digest: string }>; check: () => void }> | undefined;
  const cutFonts = async () => {
    const { folder, check } = fontFolder(cache);
    const files = await Promise.all(
      FONT_FILES.map(async (font, i) => {
        const bytes = await subsetFont(readFileSync(font), text, { targetFormat: 'truetype' });
        const file = join(folder, `${i}.ttf`);
        writeFileSync(file, bytes);
        return { file, digest: createHash('sha256').update(bytes).digest('hex') };
      }),
    );
    return { files, check: () => check(files) };
  };
  const fontKey = fontsKey();
  return async (svg, zoom = 1) => {
    const missing = [...svg].find((c) => !characters.has(c));
    if (missing !== undefined) throw new Error(`renderPng: character ${JSON.stringify(missing)} was not in the SVGs the fonts were cut for`);
    const file = drawingFile(cache, fontKey, svg, zoom);
    try {
      const png = new Uint8Array(readFileSync(file));
      markUsed(file);
      return png;
    } catch {
      // Not drawn yet, or swept meanwhile by another build: drawn now.
    }
    cut ??= cutFonts();
    const fonts = await cut;
    fonts.check();
    const drawn = new Resvg(svg, {
      font: { fontFiles: fonts.files.map((f) => f.file), loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
      fitTo: zoom === 1 ? { mode: 'original' } : { mode: 'zoom', value: zoom },
    })
      .render()
      .asPng();
    const png = await sharp(drawn).png(PALETTE).toBuffer();
    try {
      const partial = `${file}.${process.pid}.${Date.now()}`;
      writeFileSync(partial, png);
      renameSync(partial, file);
      markUsed(file);
    } catch {
      // The cache only saves time: a full or read-only disk must not fail the build.
    }
    return new Uint8Array(png);
  };
}
