import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/charts/chart-frame.ts';
import { type TimeSpan, timeChart } from '../../src/charts/time-chart.ts';

const span = (report: string, from: number, until: number, value: number | null, extra: Partial<TimeSpan> = {}): TimeSpan => ({
  report, from, until, value, label: value === null ? '数值不详' : `${value}人/年`, bound: null, stock: false, shade: 1, ...extra,
});
const options = { id: 't', title: '新建工会组织', color: '#cc79a7', width: 360 };
const lines = (svg: string) =>
  [...svg.matchAll(/<g class="mark" data-report="([^"]+)"><line x1="([\d.]+)" x2="([\d.]+)" y1="([\d.]+)"/g)].map((m) => ({ report: m[1]!, x1: Number(m[2]), x2: Number(m[3]), y: Number(m[4]) }));

describe('timeChart', () => {
  it('draws each figure across the years its report covers, a five-year review five times as wide as a year', () => {
    const svg = timeChart([span('review', 2018, 2023, 100), span('annual', 2024, 2025, 150)], options);
    const [review, annual] = lines(svg);
    expect((review!.x2 - review!.x1 + 4) / (annual!.x2 - annual!.x1 + 4)).toBeCloseTo(5, 1);
    // Higher per-year figure, higher line: the vertical axis is the value.
    expect(annual!.y).toBeLessThan(review!.y);
    expect(svg).toContain('>2018<');
    expect(svg).toContain('>150人/年<');
  });

  it('draws a standing total as a dot in the year it is dated, an earlier report lighter', () => {
    const svg = timeChart([span('old', 2023, 2024, 16, { stock: true, shade: 0.75 }), span('new', 2024, 2025, 20, { stock: true })], options);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toMatch(/data-report="old"><circle [^>]*fill-opacity="0.75"/);
    expect(svg).not.toMatch(/data-report="new"><circle [^>]*fill-opacity/);
  });

  it('names an unknown figure without drawing it as zero, and marks bounds', () => {
    const svg = timeChart([span('damaged', 2020, 2021, null), span('more', 2021, 2022, 30, { bound: 'lower' })], options);
    expect(svg).toMatch(/data-report="damaged"><text[^>]*>数值不详</);
    expect(svg).not.toMatch(/data-report="damaged"><(line|circle)/);
    expect(svg).toContain('class="bound"');
  });

  it('keeps a label near the right edge inside the chart', () => {
    const svg = timeChart([span('a', 2018, 2023, 100), span('b', 2024, 2025, 120, { label: '1200余场次/年' })], options);
    const x = Number(/<text x="([\d.]+)"[^>]*>1200余场次\/年</.exec(svg)![1]);
    expect(x + textWidth('1200余场次/年', 12) / 2).toBeLessThanOrEqual(options.width + 0.01);
    expect(x).toBeLessThan(options.width - 30);
  });

  it('sets what its grid lines and labels share once, on their group: a region page draws dozens of these', () => {
    const svg = timeChart([span('a', 2018, 2023, 100), span('b', 2024, 2025, 150), span('c', 2025, 2026, 120)], options);
    // The frame's size, the value axis's, the years', the figures'.
    expect(svg.match(/font-size=/g)).toHaveLength(4);
    expect(svg.match(/stroke-opacity="0.15"/g)).toHaveLength(1);
    expect(svg.match(/stroke-width="5"/g)).toHaveLength(1);
    expect(svg.match(/<line /g)!.length).toBeGreaterThan(4);
  });

  it('escapes labels', () => {
    expect(timeChart([span('x', 2020, 2021, 1, { label: '<b>&' })], options)).toContain('&lt;b&gt;&amp;');
  });
});
