import { describe, expect, it } from 'vitest';
import { markDamage } from '../../scripts/ingest/mojibake.ts';
import { normalizeLines, unsafeCharacters } from '../../scripts/ingest/normalize.ts';
import { DAMAGE_CLOSE, DAMAGE_OPEN } from '../../src/contracts/damage.ts';

describe('normalizeLines', () => {
  it('splits CRLF, CR and LF line endings and numbers lines from 1', () => {
    expect(normalizeLines('一\r\n二\r三\n四').map(({ n, text }) => ({ n, text }))).toEqual([
      { n: 1, text: '一' },
      { n: 2, text: '二' },
      { n: 3, text: '三' },
      { n: 4, text: '四' },
    ]);
  });

  it('trims the NBSP and run of spaces that indent seed paragraphs', () => {
    // 奎屯 line 17 starts with NBSP, line 69 with six spaces.
    const [a, b] = normalizeLines('\u00a0总工会始终把党的创新理论武装作为首要政治任务\n      深化劳模工作室、技能大师工作室等载体建设');
    expect(a!.text).toBe('总工会始终把党的创新理论武装作为首要政治任务');
    expect(b!.text).toBe('深化劳模工作室、技能大师工作室等载体建设');
  });

  it('folds full-width and double spaces into one and drops zero-width and control characters', () => {
    expect(normalizeLines('(通讯员  任温馨')[0]!.text).toBe('(通讯员 任温馨');
    expect(normalizeLines('亮实绩\u3000展风采')[0]!.text).toBe('亮实绩 展风采');
    expect(normalizeLines('工\u200b会\u0007经费\ufeff')[0]!.text).toBe('工会经费');
  });

  it('removes and counts the marks that reverse text direction', () => {
    const text = '反向\u202e文字\u200f结束\u0001';
    expect(normalizeLines(text)[0]!.text).toBe('反向文字结束');
    expect(unsafeCharacters(text)).toBe(3);
  });

  it('keeps the pieces wide gaps and bars split a line into, and whether it starts indented', () => {
    const [menu, paragraph, line] = normalizeLines('首页\u3000\u3000新闻中心 | 政务公开\n\u3000\u3000去年以来,区总工会\n上班、晚上有空');
    expect(menu!.segments).toEqual(['首页', '新闻中心', '政务公开']);
    expect(paragraph!.indent).toBe(true);
    expect(line!.indent).toBe(false);
  });

  it('turns private-use characters into the replacement character, which the damage pass marks', () => {
    const [line] = normalizeLines('会员\ue000\ue001增加\uf8ff人，\u{f0001}完');
    expect(line!.text).toBe('会员\ufffd\ufffd增加\ufffd人，\ufffd完');
    expect(markDamage(line!.text)).toBe(`会员${DAMAGE_OPEN}\ufffd\ufffd${DAMAGE_CLOSE}增加${DAMAGE_OPEN}\ufffd${DAMAGE_CLOSE}人，${DAMAGE_OPEN}\ufffd${DAMAGE_CLOSE}完`);
  });
});
