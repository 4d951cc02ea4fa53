import { describe, expect, it } from 'vitest';
import { type ChartSpec, PAGE_WIDTHS, drawChart } from '../../src/charts/chart-spec.ts';
import { barBaselineErrors, svgsIn } from '../helpers/bar-baselines.ts';

// Figures far apart, as a county's and a province's are: a log scale would start bars well above zero.
const bars = [
  { region: 'liutang', name: '柳塘', note: '2025年', color: '#0072b2', value: 750_000, label: '75万元', unchecked: true },
  { region: 'qinghe', name: '清河', note: '2021–2025年', color: '#8f7a36', value: 10_000, label: '1万余元', bound: 'lower' as const, shade: 0.6 },
  { region: 'shiqiao', name: '石桥', note: '2024年', color: '#cc79a7', value: null, label: '未提及' },
];
const side = (region: string, value: number) => ({ region, name: region, color: '#000', value, label: String(value) });
const specs: ChartSpec[] = [
  { kind: 'bars', id: 'aid-year-linear', title: '帮扶资金', scale: 'linear', rows: bars },
  { kind: 'bars', id: 'aid-year-log', title: '帮扶资金', scale: 'log', rows: bars },
  { kind: 'paired', id: 'pair', title: '柳塘与清河', rows: [{ title: '追回欠薪', basis: '合计', sides: [side('liutang', 3), side('qinghe', 500)] }] },
  { kind: 'heatmap', id: 'themes', title: '主题', columns: ['思想', '技能'], rows: [{ region: 'liutang', name: '柳塘', shares: [0.4, 0.6] }] },
];
const rectX = (svg: string) => [...svg.matchAll(/<rect x="([\d.]+)"[^>]*class="bar"/g)].map((m) => Number(m[1]));
const zeroX = (svg: string) => Number(/<line class="zero" x1="([\d.]+)"/.exec(svg)?.[1]);

describe('bar baselines', () => {
  it('draws every chart kind, at both page widths, with each bar starting at the zero of a linear scale', () => {
    for (const spec of specs) {
      for (const width of Object.values(PAGE_WIDTHS)) expect(barBaselineErrors(drawChart(spec, width)), `${spec.id} ${width}`).toEqual([]);
    }
  });

  it('puts the bar chart’s zero line where its axis reads 0, and starts every bar there', () => {
    const svg = drawChart(specs[0]!, PAGE_WIDTHS.wide);
    expect(rectX(svg)).toHaveLength(2);
    for (const x of rectX(svg)) expect(x).toBe(zeroX(svg));
    expect(svg).toContain(`<text x="${zeroX(svg)}" y="`);
    expect(/<text x="([\d.]+)" y="[\d.]+">0<\/text>/.exec(svg)?.[1]).toBe(String(zeroX(svg)));
  });

  it('draws a log view as dots on lines, with no bar and no zero line', () => {
    const svg = drawChart(specs[1]!, PAGE_WIDTHS.wide);
    expect(svg).not.toContain('class="bar"');
    expect(svg).not.toContain('class="zero"');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    // Only the review legend's samples are rectangles.
    expect(svg.replace(/<g class="review-legend">[\s\S]*?<\/g>/, '')).not.toContain('<rect');
  });

  it('finds a bar off its zero, a bar with no zero, and a mark drawn as a bare rectangle', () => {
    const svg = drawChart(specs[0]!, PAGE_WIDTHS.wide);
    const zero = zeroX(svg);
    expect(barBaselineErrors(svg.replace(`<line class="zero" x1="${zero}" x2="${zero}"`, '<line class="zero" x1="300" x2="300"'))).toHaveLength(2);
    expect(barBaselineErrors(svg.replace(/<line class="zero"[^>]*>/, ''))).toHaveLength(2);
    expect(barBaselineErrors(svg.replace(' class="bar"', ''))).toHaveLength(1);
  });

  it('finds every SVG in a page', () => {
    const page = `<p>a</p>${drawChart(specs[0]!, 360)}<div>${drawChart(specs[2]!, 720)}</div>`;
    expect(svgsIn(page)).toHaveLength(2);
  });
});
