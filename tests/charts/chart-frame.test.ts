import { describe, expect, it } from 'vitest';
import { FONT_STACK, chartFrame, textWidth, wrapLine, FOOTER_FONT } from '../../src/charts/chart-frame.ts';

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

describe('chart descriptions and long notes', () => {
  it('puts the chart’s summary in <desc> and points aria-describedby at it', () => {
    const svg = chartFrame({ id: 'c', title: '追回欠薪', description: '按报告合计：甲最高（5万元），乙最低（1万元）。', width: 360, height: 100 }, body);
    expect(svg).toContain('aria-describedby="c-desc"');
    expect(svg).toContain('<desc id="c-desc">按报告合计：甲最高（5万元），乙最低（1万元）。</desc>');
    expect(chartFrame({ id: 'c', title: '追回欠薪', width: 360, height: 100 }, body)).not.toContain('aria-describedby');
  });

  it('breaks a footer line longer than the chart into lines that fit, each printed under it', () => {
    const note = '每行按两地中较大的数字定长，行与行之间不可比。'.repeat(3);
    const svg = chartFrame({ id: 'c', title: 't', width: 220, height: 100, standalone: true, footer: [note] }, body);
    const lines = wrapLine(note, 220, FOOTER_FONT);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(note);
    for (const line of lines) {
      expect(textWidth(line, FOOTER_FONT)).toBeLessThanOrEqual(220);
      expect(svg).toContain(`>${line}</text>`);
    }
  });
});

describe('textWidth', () => {
  it('counts a CJK character as a full em and Latin as about half', () => {
    expect(textWidth('工会', 12)).toBe(24);
    expect(textWidth('ab', 10)).toBeCloseTo(11);
  });
});
