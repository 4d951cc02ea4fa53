import { describe, expect, it } from 'vitest';
import { rejoinNumbers } from '../../scripts/ingest/pdf-text.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';

describe.each(PUNCTUATION_FORMS)('rejoinNumbers, %s', (_form, form) => {
  // What PDF and yearbook copies space apart, and the text as the page meant it.
  it.each([
    ['a number and its measure word or multiplier', '全市新建工会 1200 家,会员 26.7 万人。', '全市新建工会1200家,会员26.7万人。'],
    ['a multiplier and its measure word', '会员 26.7 万 人,资金 1.2 亿 元', '会员26.7万人,资金1.2亿元'],
    ['digits one by one, and a year', '2 0 2 3 年,培训职工 1 2 0 0家', '2023年,培训职工1200家'],
    ['two digits one by one between words', '新建工会 1 2 家', '新建工会12家'],
    ['a decimal point among digits one by one', '会员 2 6 . 7 万人', '会员26.7万人'],
    ['groups of thousands', '培训职工 1 200 人次,资金 1 350 万元(含 35 %专项)。', '培训职工1200人次,资金1350万元(含35%专项)。'],
    ['full-width digits one by one', '新建工会 １ ２ ０ ０ 家', '新建工会１２００家'],
    ['a date', '2023 年 12 月 5 日', '2023年12月5日'],
    ['an ordinal (the figure reader leaves it out after 第)', '第2 家', '第2家'],
  ])('rejoins %s', (_case, spaced, joined) => {
    expect(rejoinNumbers(form(spaced))).toBe(form(joined));
  });

  // Gaps that part two numbers: joining them would make one number of two.
  it.each([
    ['a year and a count', '2023 1 200 家', '2023 1200家'],
    ['a list number and a count (1、)', '1、 200 家', '1、200家'],
    ['a list number and a count (1.)', '1. 200 家', '1. 200家'],
    ['a telephone number', '电话 0571 8888 1234', '电话0571 8888 1234'],
    ['a mobile number', '手机 138 1234 5678', '手机138 1234 5678'],
    ['a hotline of three groups', '热线 400 800 1234 咨询', '热线400 800 1234咨询'],
    ['a time of day', '发布于:2023-05-10 11:14 作者', '发布于:2023-05-10 11:14作者'],
    ['a code and its number', 'ISO 9001 认证', 'ISO 9001认证'],
  ])('keeps apart %s', (_case, spaced, kept) => {
    expect(rejoinNumbers(form(spaced))).toBe(form(kept));
  });

  it.each(['Page 12 - Yearbook 2022', '全年开展竞赛150场,参赛职工3.6万人次。', '会员5,320人次', '1 2'])('leaves %j as it is', (text) => {
    expect(rejoinNumbers(form(text))).toBe(form(text));
  });
});
