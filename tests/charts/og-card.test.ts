import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/charts/chart-frame.ts';
import { FIGURE_COLUMN, FIGURE_SIZE, OG_HEIGHT, OG_WIDTH, ogCard, wrapTitle } from '../../src/charts/og-card.ts';

describe('wrapTitle', () => {
  it('breaks CJK text by width, counting Latin letters as half', () => {
    expect(wrapTitle('追回欠薪', 20, 2)).toEqual(['追回欠薪']);
    expect(wrapTitle('一二三四五六七八九十', 4, 3)).toEqual(['一二三四', '五六七八', '九十']);
    expect(wrapTitle('abcdefgh', 4, 2)).toEqual(['abcdefg', 'h']);
  });

  it('cuts what does not fit and says so', () => {
    expect(wrapTitle('一二三四五六七八九十', 4, 2)).toEqual(['一二三四', '五六七…']);
  });
});

describe('ogCard', () => {
  it('is 1200×630 with the title and a chart scaled into the space left', () => {
    const chart = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2160 400" width="2160" height="400"><rect/></svg>';
    const svg = ogCard({ title: '追回欠薪 <&>', subtitle: '2 份报告', chart });
    expect(svg).toContain(`width="${OG_WIDTH}" height="${OG_HEIGHT}"`);
    expect(svg).toContain('追回欠薪 &lt;&amp;&gt;');
    expect(svg).toContain('scale(0.5)');
    expect(ogCard({ title: 't', subtitle: 's', chart: chart.replaceAll('2160', '540').replaceAll('400', '100') })).toContain('scale(2)');
  });

  it('keeps every headline figure inside its half of the card, setting long values smaller before cutting them', () => {
    const figures = [
      { label: '基层工会组织总数（2025年）', value: '3.9万个（截至2025年），持平' },
      { label: '工会会员总数（2025年）', value: '43.5万余人（截至2025年），增加12%' },
      { label: '职工书屋', value: '12个' },
      { label: '一个很长很长很长很长很长很长很长很长的指标名称（2025年）', value: '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十' },
    ];
    const svg = ogCard({ title: '某某县', subtitle: '县级', figures });
    const texts = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), size: Number(m[2]), text: m[3]! }));
    const shown = texts.slice(-figures.length * 2);
    for (const t of shown) expect(textWidth(t.text, 1) * t.size, t.text).toBeLessThanOrEqual(FIGURE_COLUMN);
    expect(shown[0]!.text).toBe('3.9万个（截至2025年），持平');
    expect(shown[0]!.size).toBeLessThan(FIGURE_SIZE);
    expect(shown[4]).toMatchObject({ text: '12个', size: FIGURE_SIZE });
    expect(shown[6]!.text.endsWith('…')).toBe(true);
  });
});
