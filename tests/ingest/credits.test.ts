import { describe, expect, it } from 'vitest';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { emptyCredits, isAuthorSignature, takeCreditLine, takeTrailingCredit } from '../../scripts/ingest/credits.ts';

describe.each(PUNCTUATION_FORMS)('takeCreditLine, %s', (_form, form) => {
  it('takes the editor-credit block of the 奎屯 seed into staff', () => {
    const credits = emptyCredits();
    for (const line of [form('监制丨李小燕'), form('审核丨吴春萍'), form('责编丨周映彤'), form('编辑丨李唯玮')]) expect(takeCreditLine(line, credits)).toBe(true);
    expect(credits.staff).toEqual([
      { role: form('监制'), name: form('李小燕') },
      { role: form('审核'), name: form('吴春萍') },
      { role: form('责编'), name: form('周映彤') },
      { role: form('编辑'), name: form('李唯玮') },
    ]);
  });

  it('takes the source line', () => {
    const credits = emptyCredits();
    expect(takeCreditLine(form('来源:奎屯-独山子经济技术开发区'), credits)).toBe(true);
    expect(credits.source).toBe(form('奎屯-独山子经济技术开发区'));
  });

  it('takes a newspaper byline, with or without a named publisher', () => {
    const own = emptyCredits();
    expect(takeCreditLine(form('本报记者 徐顺凯'), own)).toBe(true);
    expect(own).toMatchObject({ byline: form('本报记者 徐顺凯'), publisher: null, reporters: [form('徐顺凯')] });

    const named = emptyCredits();
    expect(takeCreditLine(form('石榴云/新疆日报记者 管梦颖'), named)).toBe(true);
    expect(named).toMatchObject({ publisher: form('石榴云/新疆日报'), reporters: [form('管梦颖')] });
  });

  it('leaves body lines alone', () => {
    const credits = emptyCredits();
    expect(takeCreditLine(form('“有工会撑腰,我们维权更有底气了!”昌黎县总工会依托县综治中心轮驻机制'), credits)).toBe(false);
    expect(takeCreditLine(form('凝聚奋进“向心力”'), credits)).toBe(false);
    expect(credits).toEqual(emptyCredits());
  });
});

describe.each(PUNCTUATION_FORMS)('takeTrailingCredit, %s', (_form, form) => {
  it('strips the unclosed reporter credit that ends the 奎屯 seed', () => {
    const credits = emptyCredits();
    expect(takeTrailingCredit(form('为经开区高质量发展再立新功。(通讯员 任温馨'), credits)).toBe(form('为经开区高质量发展再立新功。'));
    expect(credits.reporters).toEqual([form('任温馨')]);
  });

  it('strips a closed credit with several roles and leaves other parentheses', () => {
    const credits = emptyCredits();
    expect(takeTrailingCredit(form('活动圆满结束。(记者 张三 通讯员 李四)'), credits)).toBe(form('活动圆满结束。'));
    expect(credits.reporters).toEqual([form('张三'), form('李四')]);
    expect(takeTrailingCredit(form('签订集体合同380余份(次)'), emptyCredits())).toBe(form('签订集体合同380余份(次)'));
  });
});

describe.each(PUNCTUATION_FORMS)('isAuthorSignature, %s', (_form, form) => {
  it('recognises a lone name such as the 昌黎 forum author', () => {
    expect(isAuthorSignature(form('李利成'))).toBe(true);
    expect(isAuthorSignature(form('初心如磐向未来'))).toBe(false);
  });
});
