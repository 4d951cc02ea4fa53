import { describe, expect, it } from 'vitest';
import type { BarDatum } from '../../src/charts/bar-chart.ts';
import type { PairedRow, PairedSide } from '../../src/charts/paired-bars.ts';
import type { TimeSpan } from '../../src/charts/time-chart.ts';
import { barSummary, heatmapSummary, pairSummary, timeSummary } from '../../src/lib/view/chart-summary.ts';

const bar = (name: string, value: number | null, label: string): BarDatum => ({ region: name, name, note: '', color: '#000', value, label });
const side = (name: string, value: number, label: string): PairedSide => ({ region: name, name, color: '#000', value, label });

describe('barSummary', () => {
  it('names the largest and smallest figure of the view, those between, and the reports that give none', () => {
    const rows = [bar('新疆', 9920, '约9920万元/年'), bar('城中区', 300, '约300万元/年'), bar('奎屯', 120, '120万元/年'), bar('昌黎', 43.7, '43.7万元/年'), bar('甲县', null, '未提及'), bar('乙县', null, '数值不详')];
    expect(barSummary(rows, '折合每年')).toBe('按折合每年：新疆最高（约9920万元/年），昌黎最低（43.7万元/年）；城中区、奎屯居中；未提及：甲县；数值不详：乙县。');
  });

  it('says so when one report or none has a figure to draw', () => {
    expect(barSummary([bar('奎屯', 5, '5家'), bar('昌黎', null, '未提及')], '报告合计')).toBe('按报告合计：只有奎屯（5家）；未提及：昌黎。');
    expect(barSummary([bar('昌黎', null, '未提及')], '报告合计')).toBe('按报告合计：没有可画的数字；未提及：昌黎。');
  });

  it('counts the names beyond six in a group', () => {
    const rows = ['甲', '乙', '丙', '丁', '戊', '己', '庚'].map((n) => bar(n, null, '未提及'));
    expect(barSummary([bar('奎屯', 5, '5家'), ...rows], '报告合计')).toContain('未提及：甲、乙、丙、丁、戊、己等7个');
  });
});

describe('pairSummary', () => {
  it('says which side is larger in each row and that rows do not compare with one another', () => {
    const rows: PairedRow[] = [
      { title: '新建职工之家', basis: '按年', sides: [side('奎屯', 12, '12个'), side('昌黎', 30, '30个')] },
      { title: '帮扶困难职工', basis: '合计', sides: [side('奎屯', 800, '800人'), side('昌黎', 500, '500人')] },
    ];
    expect(pairSummary(rows, '折合每年')).toBe(
      '按折合每年：2项共同指标中，奎屯较大1项，昌黎较大1项。新建职工之家（按年）奎屯12个、昌黎30个，昌黎较大；帮扶困难职工（合计）奎屯800人、昌黎500人，奎屯较大。每行按本行较大的数字定长，行与行之间不可比。',
    );
  });

  it('says when the two have no indicator in common', () => {
    expect(pairSummary([], '报告合计')).toBe('按报告合计：两地没有共同报告的指标。');
  });
});

describe('heatmapSummary', () => {
  it('names each report’s largest theme and each theme’s leading report', () => {
    const rows = [
      { region: 'a', name: '奎屯', shares: [0.6, 0.4, 0] },
      { region: 'b', name: '昌黎', shares: [0.2, 0.8, 0] },
    ];
    expect(heatmapSummary(rows, ['维权', '建设', '宣传'], '各报告的数字在各主题的占比')).toBe(
      '各报告的数字在各主题的占比：各报告占比最大的主题为奎屯维权（60%）、昌黎建设（80%）。各主题中，维权奎屯最高（60%）；建设昌黎最高（80%）；宣传各报告均无。',
    );
  });
});

describe('timeSummary', () => {
  const span = (from: number, until: number, label: string, stock = false): TimeSpan => ({ report: `r${from}`, from, until, value: 1, label, bound: null, stock, shade: 1 });

  it('reads each figure in time order over the years it stands for', () => {
    expect(timeSummary([span(2024, 2025, '90人/年'), span(2018, 2023, '约100人/年')], '折合每年')).toBe('按折合每年：2018–2022年约100人/年；2024年90人/年。');
  });

  it('dates a standing total to its year', () => {
    expect(timeSummary([span(2023, 2024, '400家', true)], '折合每年')).toBe('按折合每年：截至2023年400家。');
  });
});
