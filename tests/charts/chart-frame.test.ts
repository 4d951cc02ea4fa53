import { describe, expect, it } from 'vitest';
import { FONT_STACK, chartFrame, textWidth } from '../../src/charts/chart-frame.ts';

const body = '<rect x="0" y="0" width="10" height="10"/>';

describe('chartFrame', () => {
  it('frames an inline chart in the page’s colours, its title for screen readers only', () => {
    const svg = chartFrame({ id: 'c', title: '追回欠薪', width: 360, height: 100 }, body);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 360 100" width="360" height="100" role="img" aria-labelledby="c-title"/);
    expect(svg).not.toContain('#ffffff');
    expect(svg).not.toMatch(/ color="/);
    expect(svg).not.toContain('font-family');
    expect(svg).toContain('<title id="c-title">追回欠薪</title>');
    expect(svg).toContain(`<g>${body}</g>`);
  });

  it('gives a downloaded chart a white ground, its title printed above and its footer lines below', () => {
    const footer = ['报告合计：各报告所载数字。', '来源：工会工作报告对比 https://example.org/a/?per=total&scale=log'];
    const svg = chartFrame({ id: 'c', title: '追回欠薪 <合计>', width: 640, height: 100, standalone: true, footer }, body);
    // 44 above for the title, 12 and 18 per line below.
    expect(svg).toMatch(/viewBox="0 0 640 192" width="640" height="192"/);
    expect(svg).toContain('<rect width="640" height="192" fill="#ffffff"/>');
    expect(svg).toContain('>追回欠薪 &lt;合计&gt;</text>');
    expect(svg).toContain(`<g transform="translate(0,44)">${body}</g>`);
    expect(svg).toContain('>报告合计：各报告所载数字。</text>');
    expect(svg).toContain('per=total&amp;scale=log</text>');
    expect(svg).toContain('color="#1f2328"');
    // Seen alone, it names the fonts the page would have given it.
    expect(svg).toContain(`font-family="${FONT_STACK.replaceAll('"', '&quot;')}"`);
  });
});

describe('textWidth', () => {
  it('counts a CJK character as a full em and Latin as about half', () => {
    expect(textWidth('工会', 12)).toBe(24);
    expect(textWidth('ab', 10)).toBeCloseTo(11);
  });
});
