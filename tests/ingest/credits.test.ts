import { describe, expect, it } from 'vitest';
import { emptyCredits, isAuthorSignature, takeCreditLine, takeTrailingCredit } from '../../scripts/ingest/credits.ts';

describe('takeCreditLine', () => {
  it('takes the editor-credit block of the 奎屯 seed into staff', () => {
    const credits = emptyCredits();
    for (const line of ['监制丨李小燕', '审核丨吴春萍', '责编丨周映彤', '编辑丨李唯玮']) expect(takeCreditLine(line, credits)).toBe(true);
    expect(credits.staff).toEqual([
      { role: '监制', name: '李小燕' },
      { role: '审核', name: '吴春萍' },
      { role: '责编', name: '周映彤' },
      { role: '编辑', name: '李唯玮' },
    ]);
  });

  it('takes the source line', () => {
    const credits = emptyCredits();
    expect(takeCreditLine('来源:奎屯-独山子经济技术开发区', credits)).toBe(true);
    expect(credits.source).toBe('奎屯-独山子经济技术开发区');
  });

  it('takes a newspaper byline, with or without a named publisher', () => {
    const own = emptyCredits();
    expect(takeCreditLine('本报记者 徐顺凯', own)).toBe(true);
    expect(own).toMatchObject({ byline: '本报记者 徐顺凯', publisher: null, reporters: ['徐顺凯'] });

    const named = emptyCredits();
    expect(takeCreditLine('石榴云/新疆日报记者 管梦颖', named)).toBe(true);
    expect(named).toMatchObject({ publisher: '石榴云/新疆日报', reporters: ['管梦颖'] });
  });

  it('leaves body lines alone', () => {
    const credits = emptyCredits();
    expect(takeCreditLine('“有工会撑腰,我们维权更有底气了!”昌黎县总工会依托县综治中心轮驻机制', credits)).toBe(false);
    expect(takeCreditLine('凝聚奋进“向心力”', credits)).toBe(false);
    expect(credits).toEqual(emptyCredits());
  });
});

describe('takeTrailingCredit', () => {
  it('strips the unclosed reporter credit that ends the 奎屯 seed', () => {
    const credits = emptyCredits();
    expect(takeTrailingCredit('为经开区高质量发展再立新功。(通讯员 任温馨', credits)).toBe('为经开区高质量发展再立新功。');
    expect(credits.reporters).toEqual(['任温馨']);
  });

  it('strips a closed credit with several roles and leaves other parentheses', () => {
    const credits = emptyCredits();
    expect(takeTrailingCredit('活动圆满结束。(记者 张三 通讯员 李四)', credits)).toBe('活动圆满结束。');
    expect(credits.reporters).toEqual(['张三', '李四']);
    expect(takeTrailingCredit('签订集体合同380余份(次)', emptyCredits())).toBe('签订集体合同380余份(次)');
  });
});

describe('isAuthorSignature', () => {
  it('recognises a lone name such as the 昌黎 forum author', () => {
    expect(isAuthorSignature('李利成')).toBe(true);
    expect(isAuthorSignature('初心如磐向未来')).toBe(false);
  });
});
