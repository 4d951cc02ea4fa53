import { describe, expect, it } from 'vitest';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { noiseRule } from '../../scripts/ingest/noise.ts';

describe.each(PUNCTUATION_FORMS)('noiseRule, %s', (_form, form) => {
  it.each([
    [form('图片'), 'image placeholder'],
    [form('维稳.jpg'), 'image file name'],
    [form('<左右滑动查看更多>'), 'carousel hint'],
    [form('(相关资料图)'), 'file photo note'],
    [form('标签:'), 'tags line'],
    [form('返回列表 发布新帖'), 'forum navigation'],
    [form('查看: 15|回复: 0'), 'view and reply counters'],
    [form('发表于 2 小时前 | 查看全部 |阅读模式'), 'post date line'],
    [form('马上注册!'), 'login prompt'],
    [form('您需要 登录 才可以下载或查看,没有账号?注册'), 'login prompt'],
    ['×', 'close button'],
    [form('回复'), 'lone action'],
    [form('使用道具 举报'), 'forum navigation'],
    [form('您需要登录后才可以回帖 登录 | 注册'), 'login prompt'],
    [form('本版积分规则'), 'forum navigation'],
    [form('关注公众号'), 'follow prompt'],
    [form('QQ会员群'), 'group invitation'],
    [form('Copyright © 2021-2026 中企互动平台 版权所有 All Rights Reserved.'), 'copyright'],
    [form('相关侵权、举报、投诉及建议等,请发 E-mail:bztdxxl@vip.sina.com'), 'contact line'],
    [form('Powered by Discuz! X3.5|京ICP备10020731号-1|京公网安备 11010102001080号'), 'powered by'],
    [form('关灯 在本版发帖'), 'forum navigation'],
    [form('扫一扫添加管理员微信'), 'follow prompt'],
    [form('返回顶部'), 'forum navigation'],
    [form('快速回复 返回顶部 返回列表'), 'forum navigation'],
    [form('京ICP备10020731号-1'), 'licence numbers'],
  ])('drops the page-chrome line %j', (line, rule) => {
    expect(noiseRule(line)).toBe(rule);
  });

  it.each([
    form('思想铸魂:理论浸润凝共识,文化聚气筑同心'),
    form('“数字工会”:智慧赋能提升治理效能'),
    '01',
    form('职工思想政治引领取得新成效'),
    form('本报记者 徐顺凯'),
    form('李利成'),
    form('建立196个“枫桥经验”法律职工服务工作站,深入企业广泛开展法治宣讲近万场次,累计为职工提供法律服务近千万人次。'),
  ])('keeps the report line %j', (line) => {
    expect(noiseRule(line)).toBeNull();
  });

  it('never drops a long line, whatever words it holds', () => {
    const sentence = `依托“昌黎县总工会”微信公众号、视频号等新媒体平台,推送法律知识小贴士、维权案例解析等内容,关注公众号的职工累计增加${form('很多').repeat(20)}。`;
    expect(noiseRule(sentence)).toBeNull();
  });
});
