import { describe, expect, it } from 'vitest';
import { periodLabel, shortRegionName, valueLabel } from '../../src/lib/format/labels.ts';

describe('labels', () => {
  it('writes a period as one year or a span', () => {
    expect(periodLabel({ start: 2025, end: 2025, years: 1 })).toBe('2025年');
    expect(periodLabel({ start: 2018, end: 2023, years: 5 })).toBe('2018–2023年(5年)');
  });

  it('writes values with their qualifier and unit', () => {
    expect(valueLabel(449000, '元', 'exact')).toBe('449,000 元');
    expect(valueLabel(6500, '人次', 'approx-more')).toBe('6,500余 人次');
    expect(valueLabel(10000, '家', 'approx-less')).toBe('近 10,000 家');
    expect(valueLabel(76, '%', 'at-least')).toBe('76%以上');
    expect(valueLabel(2, '名', 'approx')).toBe('约 2 名');
    expect(valueLabel(null, '个', 'exact')).toBe('数值不详(原文乱码)');
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
