import { describe, expect, it } from 'vitest';
import { rejoinNumbers } from '../../scripts/ingest/pdf-text.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';

describe.each(PUNCTUATION_FORMS)('rejoinNumbers, %s', (_form, form) => {
  it.each([
    ['全市新建工会 1200 家,会员 26.7 万人。', '全市新建工会1200家,会员26.7万人。'],
    ['2 0 2 3 年,培训职工 1 200 人次。', '2023年,培训职工1200人次。'],
    ['帮扶资金 1 350 万元(含 35 %专项)。', '帮扶资金1350万元(含35%专项)。'],
  ])('rejoins %j', (spaced, joined) => {
    expect(rejoinNumbers(form(spaced))).toBe(form(joined));
  });

  it.each(['Page 12 - Yearbook 2022', '全年开展竞赛150场,参赛职工3.6万人次。', '会员5,320人次'])('leaves %j as it is', (text) => {
    expect(rejoinNumbers(form(text))).toBe(form(text));
  });
});
