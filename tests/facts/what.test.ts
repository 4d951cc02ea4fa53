import { describe, expect, it } from 'vitest';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { whatOf } from '../../scripts/facts/what.ts';

function what(text: string, number: string, previousEnd = 0): string {
  const start = text.indexOf(number);
  return whatOf(text, start, start + number.length, previousEnd);
}

describe.each(PUNCTUATION_FORMS)('whatOf, %s', (_form, form) => {
  it('takes the words before the number', () => {
    expect(what(form('全年新建工会组织104家,新增会员1162人'), form('104家'))).toBe(form('新建工会组织'));
    expect(what(form('高效处置“12351”欠薪工单33件,累计追回欠薪44.9万元。'), form('44.9万元'))).toBe(form('追回欠薪'));
  });

  it('adds the noun after the number when the words before are few', () => {
    expect(what(form('推动12家企业1855名职工参保'), form('1855名'), form('推动12家').length)).toBe(form('企业职工参保'));
  });

  it('drops the reporting union as subject', () => {
    expect(what(form('昌黎县总工会投入11万元,开展“夏送清凉”活动'), form('11万元'))).toBe(form('投入'));
  });

  it('reads across a damaged span instead of stopping at its debris', () => {
    expect(what(form('全国五一劳动奖\ue000?wù)?\ue0012个'), form('2个'))).toBe(form('全国五一劳动奖'));
  });
});
