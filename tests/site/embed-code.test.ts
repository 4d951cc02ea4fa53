import { describe, expect, it } from 'vitest';
import { embedCode, svgHeight } from '../../src/lib/format/embed-code.ts';

describe('embedCode', () => {
  it('frames the embed page at the column’s width, tall enough for the chart and its text', () => {
    const code = embedCode('https://example.org/embed/indicators/aid-funds/', '帮扶资金 · 各地工会报告对比', 300);
    expect(code).toMatch(/^<iframe src="https:\/\/example\.org\/embed\/indicators\/aid-funds\/" title="帮扶资金 · 各地工会报告对比" width="100%" height="(\d+)" style="border:0" loading="lazy"><\/iframe>$/);
    expect(Number(/height="(\d+)"/.exec(code)![1])).toBeGreaterThan(300);
  });

  it('escapes a title that holds quotes or markup', () => {
    expect(embedCode('https://example.org/embed/x/', '“甲”<b>"乙"</b>', 100)).toContain('title="“甲”&lt;b&gt;&quot;乙&quot;&lt;/b&gt;"');
  });
});

describe('svgHeight', () => {
  it('reads the drawn height of a chart, not of an element inside it', () => {
    expect(svgHeight('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 312.5" width="720" height="312.5"><rect height="9"/></svg>')).toBe(313);
    expect(svgHeight('<p>no chart</p>')).toBe(0);
  });
});
