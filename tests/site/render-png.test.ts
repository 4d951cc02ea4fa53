import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ogCard } from '../../src/charts/og-card.ts';
import { pngRenderer } from '../../src/lib/images/render-png.ts';

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
