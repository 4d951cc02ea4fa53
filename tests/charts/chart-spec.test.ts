import { describe, expect, it } from 'vitest';
import { type ChartSpec, drawChart, jsonScriptText, packSpecs, unpackSpec } from '../../src/charts/chart-spec.ts';
import { barChart } from '../../src/charts/bar-chart.ts';
import { pairedBars } from '../../src/charts/paired-bars.ts';

const bars = [
  { region: 'liutang', name: '柳塘', note: '2025年', color: '#0072b2', value: 120, label: '120万元' },
  { region: 'qinghe', name: '清河', note: '2021–2025年', color: '#8f7a36', value: 45, label: '45万余元', bound: 'lower' as const },
];
const linear: ChartSpec = { kind: 'bars', id: 'aid-year-linear', title: '帮扶资金（折合每年）', scale: 'linear', rows: bars };
const log: ChartSpec = { ...linear, id: 'aid-year-log', scale: 'log' };
const paired: ChartSpec = {
  kind: 'paired',
  id: 'pair-total',
  title: '柳塘与清河',
  rows: [{ title: '追回欠薪', basis: '合计', sides: [{ region: 'liutang', name: '柳塘', color: '#0072b2', value: 3, label: '3万元' }, { region: 'qinghe', name: '清河', color: '#8f7a36', value: 5, label: '5万元' }] }],
};

describe('drawChart', () => {
  it('draws a spec as its chart function does at that width, the width in the title id', () => {
    expect(drawChart(log, 360)).toBe(barChart(bars, { id: 'aid-year-log-360', title: log.title, scale: 'log', width: 360 }));
    expect(drawChart(paired, 720)).toBe(pairedBars(paired.rows as never, { id: 'pair-total-720', title: paired.title, width: 720 }));
  });
});

describe('packSpecs', () => {
  it('writes rows two views share once, and gives every view back whole', () => {
    const packed = packSpecs({ 'year-linear': linear, 'year-log': log, 'total-linear': paired });
    expect(packed.rows).toHaveLength(2);
    expect(unpackSpec(packed, 'year-log')).toEqual(log);
    expect(unpackSpec(packed, 'total-linear')).toEqual(paired);
    // Through JSON, as the page carries it.
    expect(unpackSpec(JSON.parse(jsonScriptText(packed)), 'year-linear')).toEqual(linear);
  });

  it('writes who a bar or a side stands for once, and draws the same charts from what it gives back', () => {
    const earlier = { region: 'liutang', report: 'liutang-2023', shade: 0.6, name: '柳塘 · 2023年', note: '2023年', color: '#0072b2', value: null, label: '未提及' };
    const total: ChartSpec = { ...linear, id: 'aid-total-linear', rows: [earlier, ...bars.map((b) => ({ ...b, value: b.value * 5, label: `${b.value * 5}万元` }))] };
    const year: ChartSpec = { ...linear, rows: [earlier, ...bars] };
    const sides = (paired as Extract<ChartSpec, { kind: 'paired' }>).rows[0]!.sides;
    const twoRows: ChartSpec = { ...paired, rows: [{ title: '追回欠薪', basis: '合计', sides }, { title: '集体合同', basis: '存量', sides: [{ ...sides[0], value: 8, label: '8份', bound: null }, { ...sides[1], value: 9, label: '9余份', bound: 'lower' }] }] };
    const packed = JSON.parse(jsonScriptText(packSpecs({ 'year-linear': year, 'total-linear': total, pair: twoRows }))) as ReturnType<typeof packSpecs>;
    // Three reports' bars and two regions' sides, each written once, whatever their views draw.
    expect(packed.marks).toHaveLength(5);
    for (const [view, spec] of [['year-linear', year], ['total-linear', total], ['pair', twoRows]] as const) {
      for (const width of [720, 360]) expect(drawChart(unpackSpec(packed, view)!, width)).toBe(drawChart(spec, width));
    }
    expect(unpackSpec(packed, 'year-linear')!.rows[0]).toEqual(earlier);
  });

  it('has no spec for a view the page does not offer, whatever the query names', () => {
    const packed = packSpecs({ 'year-log': log });
    expect(unpackSpec(packed, 'member-log')).toBeNull();
    expect(unpackSpec(packed, 'constructor')).toBeNull();
    expect(unpackSpec(packed, '__proto__')).toBeNull();
  });
});

describe('jsonScriptText', () => {
  it('keeps a report’s text from closing the script element it sits in', () => {
    const text = jsonScriptText({ title: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ title: '</script><script>alert(1)</script>' });
  });
});
