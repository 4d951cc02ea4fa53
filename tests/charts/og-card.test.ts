import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, ogCard, wrapTitle } from '../../src/charts/og-card.ts';

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
});
