import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Indicator } from '../../src/contracts/indicator.ts';
import { regionPlaces } from '../../src/lib/data/regions.ts';
import { MAX_BARS, indicatorRows } from '../../src/lib/view/indicator-bars.ts';
import { indicatorFigure } from '../../src/lib/view/indicator-figure.ts';
import { CHANGLI, CHENGZHONG, KUITUN, XINJIANG, frontmatter, value } from '../helpers/frontmatter.ts';

const arrears = { id: 'wage-arrears-recovered', zh: '追回欠薪' } as Indicator;
const reports = [CHANGLI, XINJIANG, KUITUN, CHENGZHONG];
const places = { places: regionPlaces(reports) };

describe('indicatorFigure', () => {
  const values = [
    value('wage-arrears-recovered', KUITUN, { value: 449000, unit: '元' }),
    value('wage-arrears-recovered', CHENGZHONG, { value: 300000, unit: '元', qualifier: 'approx-more' }),
  ];
  const figure = () => indicatorFigure(arrears, indicatorRows(arrears.id, reports, values), places, 1);

  beforeAll(() => {
    vi.stubEnv('SITE', 'https://example.org');
  });

  it('names its units and says a five-year report and a one-year report are not totals to compare', () => {
    const { title, units, note } = figure();
    expect(title).toBe('追回欠薪');
    expect(units).toBe('元');
    expect(note).toContain('单位：元。');
    expect(note).toContain('“报告合计”不宜直接比较');
    expect(note).not.toContain('图中为数值最大的');
  });

  it('has one variant per view, each with a footer linking back to the indicator page', () => {
    const { variants } = figure();
    expect(variants.length).toBeGreaterThan(1);
    expect(new Set(variants.map((v) => v.view)).size).toBe(variants.length);
    for (const variant of variants) expect(variant.footer.join('\n')).toContain(`https://example.org/indicators/${arrears.id}/`);
  });

  it('puts in the legend only the regions it draws', () => {
    expect(figure().legend.map((l) => l.id)).toEqual([KUITUN.region.id, CHENGZHONG.region.id]);
  });

  it('says where the chart stops and how many table pages the rest runs to', () => {
    const many = Array.from({ length: MAX_BARS + 3 }, (_, i) => frontmatter(`county-${i}`, i, `county-${i}`, `县${i}`, [2025, 2025]));
    const big = indicatorFigure(arrears, indicatorRows(arrears.id, many, many.map((r, i) => value(arrears.id, r, { value: 1000 * (i + 1), unit: '元' }))), { places: regionPlaces(many) }, 2);
    expect(big.note).toContain(`图中为数值最大的${MAX_BARS}份报告，提到此项的${MAX_BARS + 3}份见下表（2页）`);
    expect(big.note).not.toContain('不宜直接比较');
  });

  it('sends an embed’s readers to the indicator page for the reports its chart leaves out, as it has no table', () => {
    const many = Array.from({ length: MAX_BARS + 1 }, (_, i) => frontmatter(`county-${i}`, i, `county-${i}`, `县${i}`, [2025, 2025]));
    const embedded = indicatorFigure(arrears, indicatorRows(arrears.id, many, many.map((r) => value(arrears.id, r, { value: 1000, unit: '元' }))), { places: regionPlaces(many) }, null);
    expect(embedded.note).toContain(`提到此项的${MAX_BARS + 1}份见本站此指标页的表`);
    expect(embedded.note).not.toContain('见下表');
  });

  it('says standing figures are not divided by years, and prints a dash when no report gives a unit', () => {
    const members = { id: 'members', zh: '会员' } as Indicator;
    const empty = indicatorFigure(members, indicatorRows(members.id, reports, []), places, 1);
    expect(empty.units).toBe('—');
    expect(empty.legend).toEqual([]);
  });
});
