import { describe, expect, it } from 'vitest';
import { sentencePieces } from '../../src/lib/view/sentence-pieces.ts';

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
