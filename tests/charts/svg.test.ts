import { describe, expect, it } from 'vitest';
import { el, escapeXml, text } from '../../src/charts/svg.ts';

describe('el', () => {
  it('writes attributes in order, dropping empty ones and rounding numbers', () => {
    expect(el('rect', { x: 1.23456, y: 0, fill: '#fff', hidden: false, role: null })).toBe('<rect x="1.23" y="0" fill="#fff"/>');
  });

  it('escapes report text in content and attributes', () => {
    expect(el('text', { 'data-x': '"><script>' }, text('<b>&'))).toBe('<text data-x="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;</text>');
    expect(escapeXml(`'`)).toBe('&#39;');
  });
});
