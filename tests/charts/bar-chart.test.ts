import { describe, expect, it } from 'vitest';
import { type BarDatum, barChart } from '../../src/charts/bar-chart.ts';

const data: BarDatum[] = [
  { region: 'kuitun', name: '奎屯', note: '2025年 · 开发区', color: '#0072b2', value: 449000, label: '44.9万 元' },
  { region: 'xinjiang', name: '新疆', note: '2018–2023年(5年) · 省级', color: '#d55e00', value: null, label: '未提及' },
  { region: 'changli', name: '昌黎', note: '2025年 · 县级', color: '#cc79a7', value: 300000, label: '30万 元' },
];

const widths = (svg: string) => [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('barChart', () => {
  it('draws a bar per figure in proportion, and names the report that has none', () => {
    const svg = barChart(data, { id: 'c', title: '追回欠薪', scale: 'linear', width: 640 });
    const [a, b] = widths(svg);
    expect(a! / b!).toBeCloseTo(449000 / 300000, 2);
    expect(svg).toContain('未提及');
    expect(svg.match(/<g class="mark"/g)).toHaveLength(3);
    expect(svg).toContain('aria-labelledby="c-title"');
  });

  it('sets what its grid lines share once, on their group', () => {
    const svg = barChart(data, { id: 'c', title: 't', scale: 'linear', width: 640 });
    expect(svg.match(/stroke-opacity="0.15"/g)).toHaveLength(1);
    expect(svg.match(/<line x1="[\d.]+" x2="[\d.]+" y1="0" y2="[\d.]+"\/>/g)!.length).toBeGreaterThan(2);
  });

  it('labels every bar with its region and value, so colour is not the only cue', () => {
    const svg = barChart(data, { id: 'c', title: 't', scale: 'log', width: 360 });
    for (const d of data) {
      expect(svg).toContain(d.name);
      expect(svg).toContain(d.label);
    }
  });
});
