import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ogCard } from '../../src/charts/og-card.ts';
import { keepDrawings, pngRenderer } from '../../src/lib/images/render-png.ts';
import { cacheSweep } from '../../scripts/lib/cache-sweep.ts';

const card = ogCard({ title: '某县总工会', subtitle: '县级 · 2份报告', figures: [{ label: '追回欠薪（2025年）', value: '44.9万元' }] });

describe('pngRenderer', () => {
  it('draws a link preview as a palette PNG of the card’s size, the same bytes when drawn again', async () => {
    const render = await pngRenderer([card]);
    const png = await render(card);
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([1200, 630, 'png']);
    // IHDR colour type 3, indexed colour, at 4 bits a pixel: no more than 16 colours.
    expect(png[25]).toBe(3);
    expect(png[24]).toBe(4);
    expect(Buffer.from(await render(card)).equals(Buffer.from(png))).toBe(true);
    // The card's colours survive the palette, within a step or two: its red band and its ground.
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const off = (x: number, y: number, rgb: number[]) => Math.max(...rgb.map((c, i) => Math.abs(data[(y * info.width + x) * info.channels + i]! - c)));
    expect(off(600, 4, [0xa4, 0x26, 0x2c])).toBeLessThanOrEqual(2);
    expect(off(600, 600, [0xfd, 0xfd, 0xfc])).toBeLessThanOrEqual(2);
  });

  it('refuses a character the fonts were not cut for', async () => {
    const render = await pngRenderer([card]);
    await expect(render(card.replace('某县', '鑫县'))).rejects.toThrow(/character "鑫"/);
  });
});

describe('pngRenderer’s cut fonts', () => {
  const saved = { TMPDIR: process.env.TMPDIR, IMAGE_CACHE_DIR: process.env.IMAGE_CACHE_DIR };
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'fonts-'));
    for (const name of ['tmp', 'cache', 'clean-cache']) mkdirSync(join(work, name));
    process.env.TMPDIR = join(work, 'tmp');
    process.env.IMAGE_CACHE_DIR = join(work, 'cache');
  });
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(work, { recursive: true, force: true });
  });
  const fontFolders = () => readdirSync(join(work, 'cache', 'fonts'));

  it('never reads a font planted in the shared temporary folder under the name builds once used', async () => {
    // The name the renderer once gave its fonts there: the characters' hash and the fonts' sizes.
    const require = createRequire(join(process.cwd(), 'package.json'));
    const key = createHash('sha256').update([...new Set(card)].sort().join(''));
    for (const weight of ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf']) {
      const file = require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}`);
      key.update(`${file}:${statSync(file).size}`);
    }
    const planted = join(work, 'tmp', `union-reports-fonts-${key.digest('hex').slice(0, 16)}`);
    mkdirSync(planted);
    // A real font, the wrong one: a bold face in place of the regular one changes the text's pixels.
    const bold = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
    for (const name of ['0.ttf', '1.ttf']) writeFileSync(join(planted, name), readFileSync(bold));
    const drawn = Buffer.from(await (await pngRenderer([card]))(card));
    expect(readdirSync(join(work, 'tmp'))).toEqual([planted.split('/').pop()]);
    process.env.TMPDIR = join(work, 'clean-tmp');
    process.env.IMAGE_CACHE_DIR = join(work, 'clean-cache');
    expect(Buffer.from(await (await pngRenderer([card]))(card)).equals(drawn)).toBe(true);
  });

  it('cuts its fonts into a folder of its own in the image cache, and refuses one changed after it was cut', async () => {
    const render = await pngRenderer([card]);
    await render(card);
    const [own] = fontFolders();
    expect(own).toMatch(new RegExp(`^${process.pid}-`));
    expect(readdirSync(join(work, 'tmp'))).toEqual([]);
    const regular = join(work, 'cache', 'fonts', own!, '0.ttf');
    writeFileSync(regular, readFileSync(join(work, 'cache', 'fonts', own!, '1.ttf')));
    await expect(render(card, 2)).rejects.toThrow(`renderPng: the cut font ${regular} is not the one this build wrote; build again`);
  });

  it('removes the font folders of renderers whose process has ended', async () => {
    const ended = spawnSync(process.execPath, ['-e', '']).pid!;
    mkdirSync(join(work, 'cache', 'fonts', `${ended}-abc123`), { recursive: true });
    await (await pngRenderer([card]))(card);
    expect(fontFolders()).toEqual([expect.stringMatching(new RegExp(`^${process.pid}-`))]);
  });

  it('keeps, through a build’s sweep, the drawings of the images a build has, drawn by it or not', async () => {
    const cache = join(work, 'cache');
    await (await pngRenderer([card]))(card);
    const [drawing] = readdirSync(cache).filter((f) => f.endsWith('.png'));
    copyFileSync(join(cache, drawing!), join(cache, 'unused.png'));
    const then = new Date(Date.now() - 3600_000);
    for (const name of readdirSync(cache)) utimesSync(join(cache, name), then, then);
    // The next build draws nothing (Astro copies the unchanged image), but has the card.
    const build = cacheSweep(cache);
    keepDrawings([card]);
    build.sweep();
    build.release();
    expect(readdirSync(cache).filter((f) => f.endsWith('.png'))).toEqual([drawing]);
  });
});
