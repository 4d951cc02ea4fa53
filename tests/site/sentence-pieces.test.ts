import { describe, expect, it } from 'vitest';
import { DAMAGE_CLOSE, DAMAGE_OPEN } from '../../src/contracts/damage.ts';
import { clauseExcerpt, sentencePieces } from '../../src/lib/view/sentence-pieces.ts';

describe('sentencePieces', () => {
  it('marks each fact where it stands, in order', () => {
    const s = '累计拨付中央财政专项帮扶资金2.06亿元,各级工会投入、筹集帮扶资金1.4亿元。';
    expect(sentencePieces(s, ['2.06亿元', '1.4亿元'])).toEqual([
      { text: '累计拨付中央财政专项帮扶资金', marked: false },
      { text: '2.06亿元', marked: true },
      { text: ',各级工会投入、筹集帮扶资金', marked: false },
      { text: '1.4亿元', marked: true },
      { text: '。', marked: false },
    ]);
  });

  it('finds a repeated figure at its second place, and leaves the sentence whole when a text is absent', () => {
    expect(sentencePieces('3处,又3处', ['3处', '3处']).map((p) => p.marked)).toEqual([true, false, true]);
    expect(sentencePieces('无数字', ['5个'])).toEqual([{ text: '无数字', marked: false }]);
  });
});

describe('clauseExcerpt', () => {
  const long = '深入开展“冬送温暖”“金秋助学”等品牌活动，走访慰问困难职工和一线劳动者，累计发放帮扶资金312.5万元，其中救助因病致困职工86户，组织职工参加医疗互助保障计划1.2万余人次；持续推进职工之家建设，新建户外劳动者服务站点14个。';

  it('quotes the clause holding each figure and the one before it, marking what it leaves out', () => {
    expect(clauseExcerpt(long, ['312.5万元'])).toBe('…走访慰问困难职工和一线劳动者，累计发放帮扶资金312.5万元…');
    expect(clauseExcerpt(long, ['86户', '14个'])).toBe('…累计发放帮扶资金312.5万元，其中救助因病致困职工86户…持续推进职工之家建设，新建户外劳动者服务站点14个。');
    expect(sentencePieces(clauseExcerpt(long, ['86户']), ['86户']).filter((p) => p.marked)).toEqual([{ text: '86户', marked: true }]);
  });

  it('keeps the first clause without an ellipsis before it, and a short or unmatched sentence whole', () => {
    expect(clauseExcerpt(long, ['深入开展'])).toBe('深入开展“冬送温暖”“金秋助学”等品牌活动…');
    expect(clauseExcerpt('全年追回欠薪44.9万元，惠及职工320人。', ['320人'])).toBe('全年追回欠薪44.9万元，惠及职工320人。');
    expect(clauseExcerpt(long, ['99个'])).toBe(long);
  });

  it('cuts neither a number written with a thousands comma nor a damaged span', () => {
    const numbers = `开展法律咨询活动，${'覆盖企业和职工'.repeat(4)}，帮助职工追回工资1,250,000元，调处劳动争议案件36件，开展普法宣传活动12场次。`;
    expect(clauseExcerpt(numbers, ['1,250,000元'])).toBe(`…${'覆盖企业和职工'.repeat(4)}，帮助职工追回工资1,250,000元…`);
    const damaged = `${'组织开展技能竞赛活动'.repeat(3)}，参赛职工${DAMAGE_OPEN}?w,ù)?${DAMAGE_CLOSE}余人，评选技术能手25名，推荐省级劳模3名，表彰先进集体10个。`;
    const excerpt = clauseExcerpt(damaged, ['25名']);
    expect(excerpt).toBe(`…参赛职工${DAMAGE_OPEN}?w,ù)?${DAMAGE_CLOSE}余人，评选技术能手25名…`);
  });
});

