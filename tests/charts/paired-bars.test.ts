import { describe, expect, it } from 'vitest';
import { pairedBars } from '../../src/charts/paired-bars.ts';

describe('pairedBars', () => {
  it('scales each row to its own larger value', () => {
    const side = (region: string, value: number) => ({ region, name: region, color: '#000', value, label: String(value) });
    const svg = pairedBars(
      [
        { title: '追回欠薪', basis: '按年', sides: [side('a', 100), side('b', 50)] },
        { title: '职工书屋', basis: '合计', sides: [side('a', 2), side('b', 8)] },
      ],
      { id: 'p', title: '对比', width: 600 },
    );
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBe(widths[3]);
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.5, 2);
    expect(widths[2]! / widths[3]!).toBeCloseTo(0.25, 2);
    expect(svg).toContain('按年');
  });
});
