import { describe, expect, it } from 'vitest';
import { html } from '../../src/lib/format/html.ts';

describe('html', () => {
  it('escapes interpolated text in content and attributes', () => {
    const name = '<img src=x onerror="alert(1)">&\'';
    expect(html`<a title="${name}">${name}</a>`.text).toBe(
      '<a title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;</a>',
    );
  });

  it('keeps markup it wrote itself, joins lists and drops empty parts', () => {
    const items = ['甲', '<乙>'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${false}${undefined}${3}`.text).toBe('<ul><li>甲</li><li>&lt;乙&gt;</li></ul>3');
  });
});
