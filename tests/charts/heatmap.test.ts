import { describe, expect, it } from 'vitest';
import { heatmap } from '../../src/charts/heatmap.ts';

describe('heatmap', () => {
  it('prints each share as a percentage in its cell, strongest for the largest', () => {
    const svg = heatmap(
      [
        { region: 'a', name: '甲', shares: [0.5, 0.25, 0.25] },
        { region: 'b', name: '乙', shares: [0.1, 0.9, 0] },
      ],
      { id: 'h', title: '主题', columns: ['思想', '技能', '权益'], width: 600 },
    );
    for (const p of ['50%', '25%', '10%', '90%', '0%']) expect(svg).toContain(`>${p}</text>`);
    const opacities = [...svg.matchAll(/<rect [^>]*fill-opacity="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(opacities[4]).toBe(1);
    expect(Math.max(...opacities)).toBe(1);
    // An empty cell is faint, not white: on a dark page it takes the page's ground.
    expect(opacities[5]).toBeLessThan(0.1);
    expect(svg).not.toMatch(/<rect [^>]*fill="#(?:f|e)[0-9a-f]{5}"/i);
  });

  it('uses the short column heads where the full ones would run into each other', () => {
    const rows = [{ region: 'a', name: '新疆 · 2018–2023年（5年）', shares: [0.5, 0.5] }];
    const options = { id: 'h', title: '主题', columns: ['思想引领与文体', '技能与劳模'], shortColumns: ['思想', '技能'] };
    expect(heatmap(rows, { ...options, width: 1200 })).toContain('>思想引领与文体</text>');
    const narrow = heatmap(rows, { ...options, width: 360 });
    expect(narrow).toContain('>思想</text>');
    expect(narrow).not.toContain('>思想引领与文体</text>');
  });
});
