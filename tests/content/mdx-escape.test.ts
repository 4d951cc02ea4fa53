import { describe, expect, it } from 'vitest';
import { escapeMdxText, mdxText } from '../../scripts/content/mdx-escape.ts';

describe('escapeMdxText', () => {
  it('leaves ordinary report text as it is', () => {
    const text = '牵头开展线上线下融合学习52场次,覆盖职工6500余人次,“会场”走进“厂房”。';
    expect(escapeMdxText(text)).toBe(text);
  });

  it('escapes JSX, expressions, markup and character references', () => {
    expect(escapeMdxText('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMdxText('{process.exit()}')).toBe('\\{process.exit()\\}');
    expect(escapeMdxText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMdxText('*强调* _下划线_ `代码` [链接](javascript:alert(1)) ![图](x) a|b ~~删~~ &amp; $x$')).toBe(
      '\\*强调\\* \\_下划线\\_ \\`代码\\` \\[链接\\](javascript:alert(1)) \\!\\[图\\](x) a\\|b \\~\\~删\\~\\~ \\&amp; \\$x\\$',
    );
  });

  it('defuses ESM at the start of a block', () => {
    expect(escapeMdxText('export const x = 1')).toBe('&#101;xport const x = 1');
    expect(escapeMdxText("import fs from 'node:fs'")).toBe("&#105;mport fs from 'node:fs'");
    expect(escapeMdxText('exporter 出口企业')).toBe('exporter 出口企业');
  });

  it('defuses block syntax at the start of a block only', () => {
    expect(escapeMdxText('# 标题')).toBe('\\# 标题');
    expect(escapeMdxText('- 列表')).toBe('\\- 列表');
    expect(escapeMdxText('+ 列表')).toBe('\\+ 列表');
    expect(escapeMdxText('=== 标题线')).toBe('\\=== 标题线');
    expect(escapeMdxText('2025. 有序列表')).toBe('2025\\. 有序列表');
    expect(escapeMdxText('1) 有序列表')).toBe('1\\) 有序列表');
    expect(escapeMdxText('- 列表', false)).toBe('- 列表');
  });

  it('defuses autolinks', () => {
    expect(escapeMdxText('https://evil.example www.evil.example a@b.cn')).toBe('https\\://evil.example www\\.evil.example a\\@b.cn');
  });

  it('turns a fenced damaged span into a marked span', () => {
    expect(escapeMdxText('奖\ue000?wù)?\ue0012个')).toBe('奖<span class="damaged" title="原文此处乱码">?wù)?</span>2个');
  });
});

describe('mdxText', () => {
  it.each([
    '全年追回欠薪44.9万元,惠及职工<b>356</b>人。',
    'import 不是代码;export 也不是。',
    '1. 第一条 {x} *强调* [链接](http://example.org) & &#38; \\ | ~ # ! $ ^ @',
    '- 列表 + 加号 = 等号',
  ])('reads back escaped report text as written: %s', (text) => {
    expect(mdxText(escapeMdxText(text))).toBe(text);
  });

  it('keeps the text of facts, headings and marked spans and drops their tags', () => {
    expect(mdxText('<h2 id="s1"><span class="marker">01</span> 维权\\<服务\\></h2>')).toBe('01 维权<服务>');
    expect(mdxText('追回欠薪<Fact id="k-f001">44.9万元</Fact>,惠及职工<Fact id="k-f002">356人</Fact>。')).toBe('追回欠薪44.9万元,惠及职工356人。');
  });
});
