import { describe, expect, it } from 'vitest';
import { MAX_BARS, chartRows, indicatorBars, indicatorRows, shownLabel } from '../../src/lib/view/indicator-bars.ts';
import { CHANGLI, CHENGZHONG, KUITUN, XINJIANG, frontmatter, value } from '../helpers/frontmatter.ts';

const reports = [CHANGLI, XINJIANG, KUITUN, CHENGZHONG];
const values = [
  value('wage-arrears-recovered', KUITUN, { value: 449000, unit: '元' }),
  value('wage-arrears-recovered', CHENGZHONG, { value: 300000, unit: '元', qualifier: 'approx-more' }),
];

describe('indicator bars', () => {
  it('keeps every report in catalog order and says which do not mention the indicator', () => {
    const bars = indicatorBars(indicatorRows('wage-arrears-recovered', reports, values), 'total');
    expect(bars.map((b) => [b.name, b.value, b.label])).toEqual([
      ['奎屯-独山子', 449000, '44.9万 元'],
      ['新疆', null, '未提及'],
      ['城中区', 300000, '30万余 元'],
      ['昌黎', null, '未提及'],
    ]);
  });

  it('puts flows per year and leaves stocks as they are, saying so', () => {
    const bars = indicatorBars(indicatorRows('wage-arrears-recovered', reports, values), 'year');
    expect(bars[2]).toMatchObject({ value: 60000, label: '6万余 元/年' });
    const stock = value('workers-bookhouses', XINJIANG, { value: 433, perYear: null, kind: 'stock', unit: '家' });
    expect(shownLabel(stock, 'year')).toBe('433 家(存量)');
    expect(shownLabel(stock, 'total')).toBe('433 家');
  });

  it('shows a yearly rate as one in either view', () => {
    const rate = value('skills-competitions', XINJIANG, { value: 3700, perYear: 3700, kind: 'per-unit', unit: '项' });
    expect(shownLabel(rate, 'total')).toBe('3,700 项/年');
  });

  it('marks an unreadable figure instead of drawing it', () => {
    const damaged = value('aid-funds', XINJIANG, { value: null, uncertain: true });
    expect(indicatorBars(indicatorRows('aid-funds', [XINJIANG], [damaged]), 'total')[0]).toMatchObject({ value: null, label: '数值不详' });
  });
});

describe('chartRows', () => {
  it('charts every report while they fit, else the largest figures of the view', () => {
    const reports = Array.from({ length: MAX_BARS + 5 }, (_, i) => frontmatter(`r${i}-2025`, i, `r${i}`, `样本${i}县`, [2021, 2025]));
    const values = reports.slice(1).map((r, i) => value('aid-funds', r, { value: (i % 7) * 10 + i }));
    const rows = indicatorRows('aid-funds', reports, values);
    const drawn = chartRows(rows, 'total');
    expect(drawn).toHaveLength(MAX_BARS);
    const sizes = drawn.map((r) => r.value!.value!);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(Math.max(...rows.filter((r) => r.value && !drawn.includes(r)).map((r) => r.value!.value!)));
    expect(chartRows(rows.slice(0, 4), 'total')).toHaveLength(4);
  });
});
