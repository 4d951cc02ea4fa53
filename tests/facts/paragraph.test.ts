import { describe, expect, it } from 'vitest';
import { figureAt, readParagraph } from '../../scripts/facts/paragraph.ts';
import { classes } from '../helpers/figure-steps.ts';
import { taxonomy } from '../helpers/snippet-facts.ts';

describe('readParagraph', () => {
  it('reads folded punctuation, split into sentences, with its quantities in order', () => {
    const paragraph = readParagraph('全年新建工会12家，发展会员300名。举办培训8场！', false, taxonomy);
    expect(paragraph.text).toBe('全年新建工会12家，发展会员300名。举办培训8场！');
    expect(paragraph.reading).toBe('全年新建工会12家,发展会员300名。举办培训8场!');
    expect(paragraph.sentences.map((s) => s.text)).toEqual(['全年新建工会12家，发展会员300名。', '举办培训8场！']);
    expect(paragraph.quantities.map((q) => q.value)).toEqual([12, 300, 8]);
  });

  it('reads the last paragraph of a copy cut short with the word it broke off, and no other', () => {
    const cut = '12人被评为市级劳动模';
    expect(readParagraph(cut, true, taxonomy).reading).toBe(`${cut}范`);
    expect(readParagraph(cut, true, taxonomy).sentences.at(-1)!.text).toBe(`${cut}范`);
    expect(readParagraph(cut, false, taxonomy).reading).toBe(cut);
  });
});

describe('figureAt', () => {
  const paragraph = readParagraph('全年新建工会12家。发展会员300名、建成站点30个、培训职工800名,开展活动8场。', false, taxonomy);
  const at = (k: number) => figureAt(paragraph, k, ['(一)组织建设', '一、工作回顾'], classes);

  it('finds the sentence a figure stands in', () => {
    expect([0, 1, 4].map((k) => at(k).sentenceIndex)).toEqual([0, 1, 1]);
    expect(at(2).sentence.text).toBe('发展会员300名、建成站点30个、培训职工800名,开展活动8场。');
    expect(at(2).q.unit).toBe('个');
    expect(at(2).sameClass).toEqual(['organisations', 'items']);
  });

  it("reads a list item's words from the figure before it on, and keeps the headings nearest first", () => {
    const { evidence } = at(2);
    expect(evidence.before).toBe('、建成站点');
    expect(evidence.listItem).toBe(true);
    expect(evidence.headings).toEqual(['(一)组织建设', '一、工作回顾']);
  });

  it('counts as siblings only the figures of its segment that count the same sort of thing', () => {
    const { evidence } = at(1);
    const siblings = evidence.siblings.map((s) => evidence.segment.text.slice(s, s + 3));
    expect(siblings).toEqual(['800']);
    expect(at(0).evidence.siblings).toEqual([]);
  });
});
