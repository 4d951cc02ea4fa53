import { describe, expect, it } from 'vitest';
import { execReading, foldPunctuation, replaceReading } from '../../src/contracts/punctuation.ts';
import { toFullWidth } from '../../scripts/eval/full-width.ts';

describe('foldPunctuation', () => {
  it('reads full-width marks, digits and small forms as ASCII, one unit for one', () => {
    const wide = '新增会员１１６２人，其中新业态会员４２６人；场（次）！？﹐﹔';
    const folded = foldPunctuation(wide);
    expect(folded).toBe('新增会员1162人,其中新业态会员426人;场(次)!?,;');
    expect(folded).toHaveLength(wide.length);
  });

  it('leaves Chinese marks that have no ASCII twin alone', () => {
    expect(foldPunctuation('一、“两癌”筛查。【打印】')).toBe('一、“两癌”筛查。【打印】');
  });
});

describe('execReading', () => {
  it('matches either form and returns the groups in the source characters', () => {
    const pattern = /^来源\s*:\s*(.+)$/u;
    expect(execReading(pattern, '来源：昌黎县总工会（供稿）')?.[1]).toBe('昌黎县总工会（供稿）');
    expect(execReading(pattern, '来源:昌黎县总工会(供稿)')?.[1]).toBe('昌黎县总工会(供稿)');
    expect(execReading(/^(?<who>.+)提供$/u, '自治區總工會提供')?.groups?.who).toBe('自治區總工會');
  });
});

describe('replaceReading', () => {
  it('replaces what the folded reading matches and keeps the rest as written', () => {
    const dropPinyin = (text: string) => replaceReading(text, /(\p{Script=Han})\([a-z\u00e0-\u024f]+\)/gu, ([, han]) => han!);
    expect(dropPinyin('工會（huì）職工，會(huì)員')).toBe('工會職工，會員');
  });

  it('refuses a pattern that is not global', () => {
    expect(() => replaceReading('x', /x/u, () => '')).toThrow(/global/);
  });
});

describe('toFullWidth (test helper)', () => {
  it('widens marks next to Chinese only', () => {
    expect(toFullWidth('新增会员1162人,其中(含)426人;E-mail:a@b.cn,3.5')).toBe('新增会员1162人，其中（含）426人；E-mail:a@b.cn,3.5');
    expect(toFullWidth('獎?wù)?2個,會')).toBe('獎?wù)?2個，會');
  });
});
