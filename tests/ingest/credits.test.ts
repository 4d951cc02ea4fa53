import { describe, expect, it } from 'vitest';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { emptyCredits, isAuthorSignature, takeClosing, takeCreditLine, takeDateline, takeTrailingCredit } from '../../scripts/ingest/credits.ts';

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

describe.each(PUNCTUATION_FORMS)('credits of real copies, %s', (_form, form) => {
  it('takes an outlet dateline with what it repeats and its reporters off the first paragraph', () => {
    const credits = emptyCredits();
    const rest = takeDateline(form('某某网3月2日讯 据某某日报报道(某某日报记者 周立 陈南)近日,全市工会召开会议。'), credits);
    expect(rest).toBe(form('近日,全市工会召开会议。'));
    expect(credits.reporters).toEqual(['周立', '陈南']);
  });

  it('takes reporters named without brackets (`记者某某 通讯员某某报道`)', () => {
    const credits = emptyCredits();
    expect(takeDateline(form('某某报讯 记者李强 通讯员王明报道 2月17日,全省工会召开大会。'), credits)).toBe(form('2月17日,全省工会召开大会。'));
    expect(credits.reporters).toEqual(['李强', '王明']);
  });

  it('leaves a first sentence that only tells good news alone', () => {
    expect(takeDateline(form('捷报传来喜讯,全县工会获评先进。'), emptyCredits())).toBe(form('捷报传来喜讯,全县工会获评先进。'));
  });

  it('takes a photo credit and a bracketed byline on their own lines', () => {
    const credits = emptyCredits();
    expect(takeCreditLine(form('(罗成文 摄)'), credits)).toBe(true);
    expect(takeCreditLine(form('(某县融媒体中心记者 严明 石春)'), credits)).toBe(true);
    expect(credits.staff).toEqual([{ role: '摄影', name: '罗成文' }]);
    expect(credits.reporters).toEqual(['严明', '石春']);
  });

  it('takes a closing office and date as who signed and when it was written', () => {
    const credits = emptyCredits();
    const lines = ['全年工作圆满完成。', '某镇总工会', '2017年11月'].map((text) => ({ text: form(text) }));
    expect(takeClosing(lines, credits, ['总工会'])).toBe(2);
    expect(credits).toMatchObject({ author: '某镇总工会', written: '2017-11' });
  });

  it('keeps an office name without a date under it: a page cut short, not a signature', () => {
    const credits = emptyCredits();
    expect(takeClosing(['全年工作圆满完成。', '某县总工会党组'].map((text) => ({ text })), credits, ['总工会', '党组'])).toBe(0);
    expect(credits.author).toBeNull();
  });

  it('never reads an office, a site or a link as a person signing', () => {
    expect(['县总工会', '联系我们', '竹溪发布网'].map(isAuthorSignature)).toEqual([false, false, false]);
  });
});
