import { describe, expect, it } from 'vitest';
import { dayLabel, factLabel, fileSizeLabel, periodLabel, placeLabel, shortRegionName, statedLabel, valueLabel } from '../../src/lib/format/labels.ts';

describe('labels', () => {
  it('writes a period as one year or a span', () => {
    expect(periodLabel({ start: 2025, end: 2025, years: 1 })).toBe('2025年');
    expect(periodLabel({ start: 2018, end: 2023, years: 5 })).toBe('2018–2023年（5年）');
  });

  it('writes values in Chinese number style with their qualifier and unit', () => {
    expect(valueLabel(496_000_000, '元', 'exact')).toBe('4.96亿元');
    expect(valueLabel(1_330_900, '元', 'exact')).toBe('133.09万元');
    expect(valueLabel(10_000_000, '人次', 'approx-less')).toBe('近1000万人次');
    expect(valueLabel(1225, '人', 'approx-more')).toBe('1225余人');
    expect(valueLabel(76, '%', 'at-least')).toBe('76%以上');
    expect(valueLabel(2, '名', 'approx')).toBe('约2名');
    expect(valueLabel(null, '个', 'exact')).toBe('数值不详（原文受损或存疑）');
  });

  it('writes a region’s level and province in full-width marks', () => {
    expect(placeLabel({ id: 'changli', name: '昌黎县', level: 'county', province: '河北省' })).toBe('县级，河北省');
    expect(placeLabel({ id: 'xinjiang', name: '新疆维吾尔自治区', level: 'province', province: '新疆维吾尔自治区' })).toBe('省级');
  });
});

describe('shortRegionName', () => {
  it('drops administrative suffixes and a district’s city', () => {
    expect(shortRegionName('新疆维吾尔自治区')).toBe('新疆');
    expect(shortRegionName('广西壮族自治区')).toBe('广西');
    expect(shortRegionName('河北省')).toBe('河北');
    expect(shortRegionName('西宁市城中区')).toBe('城中区');
    expect(shortRegionName('奎屯-独山子经济技术开发区')).toBe('奎屯-独山子');
    expect(shortRegionName('昌黎县')).toBe('昌黎');
    expect(shortRegionName('石家庄市')).toBe('石家庄');
    expect(shortRegionName('秦皇岛市昌黎县')).toBe('昌黎');
  });

  it('keeps names that would lose their meaning', () => {
    expect(shortRegionName('城中区')).toBe('城中区');
    expect(shortRegionName('沙县')).toBe('沙县');
    expect(shortRegionName('内蒙古')).toBe('内蒙古');
  });
});

describe('statedLabel', () => {
  it('gives a figure as the report states it: 年均 for a yearly figure, unknown where damaged', () => {
    const v = { kind: 'per-unit' as const, value: 3700, uncertain: false, unit: '项', qualifier: 'approx-more' as const };
    expect(statedLabel(v)).toBe('年均3700余项');
    expect(statedLabel({ ...v, kind: 'flow' })).toBe('3700余项');
    expect(statedLabel({ ...v, kind: 'flow', uncertain: true })).toBe('数值不详（原文受损或存疑）');
  });
});

describe("the report's own wording", () => {
  it('shows a figure one fact states in the words of the report, a sum in the site\'s number style', () => {
    const v = { kind: 'flow' as const, value: 300000, uncertain: false, unit: '元', qualifier: 'approx-more' as const };
    expect(statedLabel({ ...v, text: '30余万元' })).toBe('30余万元');
    expect(statedLabel({ ...v, value: 20000, unit: '人', text: '2万余人' })).toBe('2万余人');
    expect(statedLabel({ ...v, kind: 'per-unit', value: 3700, unit: '项', text: '3700余项' })).toBe('年均3700余项');
    expect(statedLabel({ ...v, text: '30余万元', uncertain: true })).toBe('数值不详（原文受损或存疑）');
    expect(statedLabel(v)).toBe(valueLabel(300000, '元', 'approx-more'));
  });

  it('shows a fact as the report writes it, unless an editor corrected its number or it could not be read', () => {
    const f = { text: '2万余人', value: 20000, unit: '人', qualifier: 'approx-more' as const, review: null };
    expect(factLabel(f)).toBe('2万余人');
    const machine = { indicator: null, value: 20000, unit: '人', kind: 'flow' as const };
    const corrected = { decision: 'corrected' as const, reviewer: '编辑', date: '2026-01-01', reason: '笔误', machine };
    expect(factLabel({ ...f, review: corrected })).toBe('2万余人');
    expect(factLabel({ ...f, value: 30000, review: corrected })).toBe(valueLabel(30000, '人', 'approx-more'));
    expect(factLabel({ ...f, value: null })).toBe('数值不详（原文受损或存疑）');
  });
});

describe('dayLabel', () => {
  it('writes a day as readers do, without a dash a line could break at', () => {
    expect(dayLabel('2026-12-07')).toBe('2026年12月7日');
    expect(dayLabel('2025-01-31')).toBe('2025年1月31日');
  });
});

describe('fileSizeLabel', () => {
  it('gives kilobytes below a megabyte and megabytes to one decimal above', () => {
    expect(fileSizeLabel(300)).toBe('1 KB');
    expect(fileSizeLabel(19454)).toBe('19 KB');
    expect(fileSizeLabel(25 * 1024 * 1024)).toBe('25 MB');
    expect(fileSizeLabel(38620807)).toBe('36.8 MB');
  });
});
