import { describe, expect, it } from 'vitest';
import { factSchema } from '../../src/contracts/fact.ts';
import { factId, figureFact, quotedSentence, uncertainReason } from '../../scripts/facts/figure-fact.ts';
import { figureAt, readParagraph } from '../../scripts/facts/paragraph.ts';
import { findQuantities } from '../../scripts/facts/quantities.ts';
import { classes, entry } from '../helpers/figure-steps.ts';
import { taxonomy } from '../helpers/snippet-facts.ts';

describe('quotedSentence', () => {
  it('quotes a sentence whole, as the source prints it, without the fences of a damaged span', () => {
    const text = '前言。全年新建工会12家，发展会员\ue000??\ue001300名。后记。';
    const paragraph = readParagraph(text, false, taxonomy);
    const q = paragraph.quantities[0]!;
    expect(quotedSentence(text, paragraph.sentences[1]!, q)).toBe('全年新建工会12家，发展会员??300名。');
  });

  it('quotes an overlong sentence around its figure, marking the cuts', () => {
    const text = `${'开展活动'.repeat(60)}新建工会12家${'职工书屋'.repeat(60)}。`;
    const paragraph = readParagraph(text, false, taxonomy);
    const quote = quotedSentence(text, paragraph.sentences[0]!, paragraph.quantities[0]!);
    expect(quote).toMatch(/^…(开展活动)+新建工会12家(职工书屋)+…$/u);
    expect(quote.length).toBeLessThan(210);
  });

  it('leaves out the rest of a word the copy broke off, which the rules read but the copy lacks', () => {
    const cut = '12人被评为市级劳动模';
    const paragraph = readParagraph(cut, true, taxonomy);
    expect(quotedSentence(cut, paragraph.sentences[0]!, paragraph.quantities[0]!)).toBe(cut);
  });
});

describe('uncertainReason', () => {
  const reason = (text: string) => uncertainReason(text, findQuantities(text)[0]!);

  it('tells the reader why a number that reads as one has no value', () => {
    expect(reason('全国五一劳动奖\ue000?wù)?\ue0012个,评选')).toBe('原文在数字前乱码(“?wù)?”),可能吞掉了数字的前几位;数值未知');
    expect(reason('举办数十场竞赛')).toMatch(/^原文只说“数十场”,是个约数/u);
    expect(reason('会员人数增加负五名')).toMatch(/^原文写作负数\(“负五名”\)/u);
    expect(reason(`资金${'9'.repeat(30)}元`)).toMatch(/^原文的数大于十万亿\(“9{24}…”\)/u);
  });

  it('gives none for a number read whole', () => {
    expect(reason('新建工会12家')).toBeNull();
  });
});

describe('figureFact', () => {
  it('numbers a fact within its report, for its id and its anchor on the page', () => {
    expect(factId('changli-2025', 7)).toBe('changli-2025-f007');
    expect(factId('changli-2025', 1234)).toBe('changli-2025-f1234');
  });

  it('makes the fact a reader sees of a figure: as found, under its nearest heading, with the kind it was read as', () => {
    const paragraph = readParagraph('全年新建工会12家,发展会员300名。', false, taxonomy);
    const at = figureAt(paragraph, 1, ['(一)组织建设', '一、工作回顾'], classes);
    const fact = figureFact(entry, 5, at, { kind: 'flow', marker: 'flow', yearly: false }, taxonomy);
    expect(fact).toMatchObject({
      id: 'snippet-f005',
      report: 'snippet',
      region: 'snippet',
      text: '300名',
      value: 300,
      unit: '名',
      kind: 'flow',
      sentence: '全年新建工会12家,发展会员300名。',
      section: '(一)组织建设',
      indicator: null,
      uncertain: false,
      uncertainReason: null,
      url: '/reports/snippet/#snippet-f005',
    });
    expect(factSchema.safeParse(fact).success).toBe(true);
  });

  it('gives a fact with no heading above it no section', () => {
    const paragraph = readParagraph('全年新建工会12家。', false, taxonomy);
    const fact = figureFact(entry, 1, figureAt(paragraph, 0, [], classes), { kind: 'flow', marker: null, yearly: false }, taxonomy);
    expect(fact.section).toBeNull();
  });
});
