import { describe, expect, it } from 'vitest';
import { heatmap } from '../../src/charts/heatmap.ts';

describe('heatmap', () => {
  it('prints each share as a percentage in its cell, darkest for the largest', () => {
    const svg = heatmap(
      [
        { region: 'a', name: '甲', shares: [0.5, 0.25, 0.25] },
        { region: 'b', name: '乙', shares: [0.1, 0.9, 0] },
      ],
      { id: 'h', title: '主题', columns: ['思想', '技能', '权益'], width: 600 },
    );
    for (const p of ['50%', '25%', '10%', '90%', '0%']) expect(svg).toContain(`>${p}</text>`);
    const fills = [...svg.matchAll(/<rect [^>]*fill="([^"]+)"/g)].map((m) => m[1]);
    expect(fills[4]).toBe('rgb(164, 38, 44)');
    expect(fills[5]).toBe('rgb(243, 240, 234)');
  });
});
