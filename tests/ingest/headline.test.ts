import { describe, expect, it } from 'vitest';
import type { Unit } from '../../scripts/ingest/blocks.ts';
import { loadChrome } from '../../scripts/ingest/chrome.ts';
import { emptyCredits } from '../../scripts/ingest/credits.ts';
import { namesDocumentKind, readHeadline, unwrapEssayTitle } from '../../scripts/ingest/headline.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';

const chrome = loadChrome('content/chrome.yaml');
const units = (lines: string[]): Unit[] => lines.map((text, i) => ({ line: i + 1, text, original: text }));
const BODY = '全年新建工会组织42家,发展会员3100人,开展技能培训56场。';

describe.each(PUNCTUATION_FORMS)('readHeadline, %s', (_form, form) => {
  const read = (lines: string[]) => {
    const credits = emptyCredits();
    const headline = readHeadline(units(lines.map(form)), chrome, credits);
    return { lines: headline.units.map((u) => u.text), subtitle: headline.subtitle, credits };
  };

  it('drops an 原标题 line and a masthead above the headline', () => {
    expect(read(['人民网', '某县工会表彰先进', '原标题:某县工会表彰十名先进', BODY]).lines).toEqual([form('某县工会表彰先进'), form(BODY)]);
  });

  it('keeps a subtitle beside the title, never instead of it', () => {
    const headline = read(['某县建成职工驿站36个', '——年服务职工超10万人次', BODY]);
    expect(headline.lines[0]).toBe(form('某县建成职工驿站36个'));
    expect(headline.subtitle).toBe(form('年服务职工超10万人次'));
  });

  it('reads a marked subtitle and strips the main marker', () => {
    const headline = read(['某县工会织密服务网(主题)', '驿站遍布城乡(副题)', BODY]);
    expect(headline.lines[0]).toBe(form('某县工会织密服务网'));
    expect(headline.subtitle).toBe(form('驿站遍布城乡'));
  });

  it('takes the names printed under a headline as its author', () => {
    const headline = read(['某县总工会获评先进单位', '李明 王芳', BODY]);
    expect(headline.lines).toEqual([form('某县总工会获评先进单位'), form(BODY)]);
    expect(headline.credits.author).toBe('李明 王芳');
  });

  it('gives no title for a bare office name over a yearbook entry', () => {
    expect(read(['某区总工会', BODY]).lines).toEqual([form(BODY)]);
  });

  it('splits a title run into the first paragraph of PDF text, page number and all', () => {
    expect(read([`1某县总工会2015年工作总结${BODY}`]).lines).toEqual([form('某县总工会2015年工作总结'), form(BODY)]);
  });

  it('leaves a first sentence that names a count whole', () => {
    const sentence = '选派42名社会化工会工作者参加省总工会业务培训,组织全县基层工会财务人员培训150人。';
    expect(read([sentence]).lines).toEqual([form(sentence)]);
  });
});

describe('unwrapEssayTitle', () => {
  it.each([
    ['某镇工会20xx年上半年工作总结范文篇一【三篇】', '某镇工会上半年工作总结'],
    ['工会工作总结(精选5篇)', '工会工作总结'],
    ['某县工会2023年工作总结', '某县工会2023年工作总结'],
  ])('%j → %j', (wrapped, title) => {
    expect(unwrapEssayTitle(wrapped, chrome)).toBe(title);
  });
});

describe('namesDocumentKind', () => {
  it('reads the kind of document a title ends in', () => {
    expect(namesDocumentKind('某镇工会2023年上半年工作总结', chrome)).toBe(true);
    expect(namesDocumentKind('思想引领更加有力', chrome)).toBe(false);
  });
});
