import { describe, expect, it } from 'vitest';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { isPinyinSyllable, stripPinyin } from '../../scripts/ingest/pinyin.ts';

describe.each(PUNCTUATION_FORMS)('stripPinyin, %s', (_form, form) => {
  it('removes the reading after each annotated character (新疆 seed, line 2)', () => {
    expect(stripPinyin(form('8月20日,自治區工會(huì )第十三次代表大會(huì )在烏魯木齊召開(kāi)。'))).toBe(
      form('8月20日,自治區工會第十三次代表大會在烏魯木齊召開。'),
    );
  });

  it('removes annotations with any tone mark, including inside a name and before a parenthesis', () => {
    expect(stripPinyin(form('石榴云/新疆日報記者 管夢(mèng)穎'))).toBe(form('石榴云/新疆日報記者 管夢穎'));
    expect(stripPinyin(form('(相關(guān)資料圖)'))).toBe(form('(相關資料圖)'));
    expect(stripPinyin(form('全力推廣在職職工醫療互助保障活動(dòng),累計報銷(xiāo)人數'))).toBe(form('全力推廣在職職工醫療互助保障活動,累計報銷人數'));
  });

  it('keeps real parentheses', () => {
    expect(stripPinyin(form('主題勞動和技能競賽(克州賽區)'))).toBe(form('主題勞動和技能競賽(克州賽區)'));
    expect(stripPinyin(form('宣讲活动120余场(次)'))).toBe(form('宣讲活动120余场(次)'));
    expect(stripPinyin(form('安排1.6億元資金補助新(改)建工人文化宮22個'))).toBe(form('安排1.6億元資金補助新(改)建工人文化宮22個'));
    expect(stripPinyin(form('组建“劳模(工匠)助企行”服务队'))).toBe(form('组建“劳模(工匠)助企行”服务队'));
  });

  it('keeps Latin words in parentheses that are not a single pinyin syllable', () => {
    expect(stripPinyin(form('智慧工会(APP)'))).toBe(form('智慧工会(APP)'));
    expect(stripPinyin(form('工会(union)'))).toBe(form('工会(union)'));
    expect(stripPinyin(form('电视(TV)'))).toBe(form('电视(TV)'));
  });
});

describe('isPinyinSyllable', () => {
  it.each(['huì', 'kāi', 'chuàng', 'zhuān', 'lǚ', 'nüè', 'ér', 'de', 'zhang1'])('accepts %s', (s) => {
    expect(isPinyinSyllable(s)).toBe(true);
  });
  it.each(['app', 'union', 'xyz', 'tv'])('rejects %s', (s) => {
    expect(isPinyinSyllable(s)).toBe(false);
  });
});

describe('stripPinyin beside a lost character', () => {
  it.each([
    ['獲表?yè)P(yáng)推廣', '獲表?推廣'],
    ['實打?qū)嵎?wù)職工', '實打?嵎?職工'],
    ['全國五一勞動獎?wù)?2個', '全國五一勞動獎??2個'],
  ])('removes the annotations whole: %j', (damaged, clean) => {
    expect(stripPinyin(damaged)).toBe(clean);
  });

  it('keeps a question and a bracket after it', () => {
    expect(stripPinyin('是否?(克州賽區)')).toBe('是否?(克州賽區)');
  });
});
