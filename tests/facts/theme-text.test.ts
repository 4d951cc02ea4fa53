import { describe, expect, it } from 'vitest';
import { taxonomy } from '../helpers/snippet-facts.ts';
import { themeCharacters, visibleLength } from '../../scripts/facts/theme-text.ts';
import type { CleanReport } from '../../scripts/ingest/clean.ts';
import type { Block } from '../../scripts/ingest/blocks.ts';

const block = (kind: Block['kind'], text: string, level: Block['level'] = null): Block =>
  ({ kind, text, original: text, level, marker: null, credit: null, line: 1 });

describe('themeCharacters', () => {
  it('gives each sentence to the theme of its words, under its heading', () => {
    const report = {
      blocks: [
        block('heading', '维护职工合法权益', 2),
        block('paragraph', '累计追回欠薪44.9万元。开展普法活动。'),
        block('heading', '提升服务水平', 2),
        block('paragraph', '新建职工书屋3处。'),
      ],
    } as CleanReport;
    const shares = themeCharacters(report, taxonomy.themes);
    expect(shares.rights).toBe(visibleLength('累计追回欠薪44.9万元。开展普法活动。'));
    expect(shares.venues).toBe(visibleLength('新建职工书屋3处。'));
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBe(shares.rights + shares.venues);
  });

  it('counts no whitespace and no heading text', () => {
    const report = { blocks: [block('heading', '职工书屋', 2), block('paragraph', '书屋 3 处')] } as CleanReport;
    expect(Object.values(themeCharacters(report, taxonomy.themes)).reduce((a, b) => a + b, 0)).toBe(4);
  });
});
