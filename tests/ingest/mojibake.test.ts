import { describe, expect, it } from 'vitest';
import { markDamage } from '../../scripts/ingest/mojibake.ts';

const show = (s: string) => s.replaceAll('\ue000', '⟦').replaceAll('\ue001', '⟧');

describe('markDamage', () => {
  it('fences the two damaged spans of the 新疆 seed and keeps their digits outside', () => {
    expect(show(markDamage('全國五一勞動獎?wù)?2個,評選表彰'))).toBe('全國五一勞動獎⟦?wù)?⟧2個,評選表彰');
    expect(show(markDamage('開發建設新疆獎?wù)?66人、自治區'))).toBe('開發建設新疆獎⟦?wù)?⟧66人、自治區');
  });

  it('fences replacement characters and GBK round-trip debris', () => {
    expect(show(markDamage('会员\ufffd\ufffd人'))).toBe('会员⟦\ufffd\ufffd⟧人');
    expect(show(markDamage('职工锟斤拷书屋'))).toBe('职工⟦锟斤拷⟧书屋');
  });

  it('fences a lone ASCII question mark between characters or next to a digit', () => {
    expect(show(markDamage('共?个'))).toBe('共⟦?⟧个');
    expect(show(markDamage('覆盖?3家企业'))).toBe('覆盖⟦?⟧3家企业');
  });

  it('leaves real questions and clean text alone', () => {
    expect(markDamage('这是真的吗?我们还要继续')).toBe('这是真的吗?我们还要继续');
    expect(markDamage('为什么?因为职工需要')).toBe('为什么?因为职工需要');
    expect(markDamage('职工们高兴地说?')).toBe('职工们高兴地说?');
    expect(markDamage('累计追回欠薪44.9万元。')).toBe('累计追回欠薪44.9万元。');
  });
});
