import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ChromeKind, chromeKind, datedLine, loadChrome, stripChrome, trailingHeadlines, withoutEpaperNavigation, withoutPageDebris } from '../../scripts/ingest/chrome.ts';
import { emptyCredits } from '../../scripts/ingest/credits.ts';
import { cleanReport } from '../../scripts/ingest/clean.ts';
import { decodeReport } from '../../scripts/ingest/decode.ts';
import { simplify } from '../../scripts/ingest/simplify.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';

const chrome = loadChrome('content/chrome.yaml');
const kindOf = (text: string) => chromeKind({ text, segments: text.split(/ {2,}|\u3000+|\s*[|｜]\s*/u).filter(Boolean) }, chrome);

describe.each(PUNCTUATION_FORMS)('chromeKind, %s', (_form, form) => {
  it.each([
    ['图片', 'media'],
    ['维稳.jpg', 'media'],
    ['<左右滑动查看更多>', 'media'],
    ['(相关资料图)', 'media'],
    ['当前位置:首页 > 工会动态 > 工作总结', 'navigation'],
    ['职工之声网 > 工会 > 地方工会 > 正文', 'navigation'],
    ['首页 → 工会动态 → 工作报告', 'navigation'],
    ['首页　　工会要闻　　基层动态　　维权帮扶', 'navigation'],
    ['网上服务　|　首页　|　互动交流', 'menu'],
    ['发布时间:2025-07-08 16:32　来源:县总工会　浏览次数:1268', 'meta'],
    ['索 引 号:003187542/2026-00012', 'meta'],
    ['2025-09-03 09:15:22　来源:浙南职工报　作者:林晓峰', 'meta'],
    ['2025年03月05日　星期三', 'meta'],
    ['标签:', 'meta'],
    ['查看: 15|回复: 0', 'meta'],
    ['发表于 2 小时前 | 查看全部 |阅读模式', 'meta'],
    ['【字体:大 中 小】　【打印】　【关闭】', 'controls'],
    ['打印本页 | 关闭窗口', 'controls'],
    ['×', 'controls'],
    ['使用道具 举报', 'controls'],
    ['快速回复 返回顶部 返回列表', 'controls'],
    ['关灯 在本版发帖', 'controls'],
    ['上一篇:县市场监管局开展春季食品安全专项检查', 'end'],
    ['< 上一版　　下一版 >', 'end'],
    ['【相关阅读】', 'end'],
    ['本版积分规则', 'end'],
    ['主办:柳塘县人民政府办公室　　承办:柳塘县融媒体中心', 'footer'],
    ['地址:柳塘县人民路88号　邮编:336500　联系电话:0797-6821234', 'footer'],
    ['赣ICP备05007312号-1　赣公网安备 36079902000118号', 'footer'],
    ['Copyright © 2021-2026 中企互动平台 版权所有 All Rights Reserved.', 'footer'],
    ['相关侵权、举报、投诉及建议等,请发 E-mail:bztdxxl@vip.sina.com', 'footer'],
    ['Powered by Discuz! X3.5|京ICP备10020731号-1|京公网安备 11010102001080号', 'footer'],
    ['无障碍浏览　|　长者模式　|　繁體版　|　手机版', 'header'],
    ['马上注册!', 'header'],
    ['您需要 登录 才可以下载或查看,没有账号?注册', 'header'],
    ['点击蓝字 关注我们', 'platform'],
    ['关注公众号', 'platform'],
    ['扫一扫添加管理员微信', 'platform'],
    ['QQ会员群', 'platform'],
    ['阅读 2318', 'platform'],
    ['原创 刘思雨 星城职工之家 2025年12月30日 18:06 湖南', 'platform'],
    ["LIUTANG COUNTY PEOPLE'S GOVERNMENT", 'latin'],
  ] as Array<[string, ChromeKind]>)('reads %j as %s', (line, kind) => {
    expect(kindOf(form(line))).toBe(kind);
  });

  it.each([
    '思想铸魂:理论浸润凝共识,文化聚气筑同心',
    '“数字工会”:智慧赋能提升治理效能',
    '01',
    '职工思想政治引领取得新成效',
    '本报记者 徐顺凯',
    '聚焦产改　建功一线',
    '所需资金来源于市总工会专项补助和县总工会本级经费。',
    '在全县15个乡镇(街道)工会服务站公示地址、电话和职工法律援助热线12351,受理职工诉求47件,办结率100%。',
    '建立196个“枫桥经验”法律职工服务工作站,深入企业广泛开展法治宣讲近万场次,累计为职工提供法律服务近千万人次。',
  ])('keeps the report line %j', (line) => {
    expect(kindOf(form(line))).toBeNull();
  });

  it('never reads a long line as chrome, whatever words it holds', () => {
    expect(kindOf(form(`依托“昌黎县总工会”微信公众号、视频号等新媒体平台,推送法律知识小贴士,关注公众号的职工${'很多'.repeat(80)}。`))).toBeNull();
  });
});

interface PageCopy {
  file: string;
  title: string;
  firstParagraph: string;
  lastParagraph: string;
  headings: string[];
  mustNotContain: string[];
  mustContain: string[];
  source: string | null;
  published: string | null;
}

const DIR = 'tests/fixtures/chrome';
const copies = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as PageCopy[];

// Page copies written for the project in the layouts of government, union and news sites.
describe.each(PUNCTUATION_FORMS)('a page copied from a site, %s', (_form, form) => {
  it.each(copies)('$file keeps its own title, text and headings and loses the page', (copy) => {
    const report = cleanReport(form(decodeReport(readFileSync(join(DIR, copy.file)), copy.file)), copy.file);
    // The pages print full-width spaces that cleaning folds; a traditional page is read simplified.
    const as = (s: string) => form(report.traditional ? simplify(s) : s).replaceAll('\u3000', ' ');
    const paragraphs = report.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    const text = report.blocks.map((b) => b.text).join('\n');
    expect(report.title).toBe(as(copy.title));
    expect(paragraphs[0]!.startsWith(as(copy.firstParagraph))).toBe(true);
    expect(paragraphs.at(-1)!.endsWith(as(copy.lastParagraph))).toBe(true);
    expect(report.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(copy.headings.map(as));
    for (const chromeText of copy.mustNotContain) expect(text).not.toContain(as(chromeText));
    for (const reportText of copy.mustContain) expect(text).toContain(as(reportText));
    expect(report.credits.source).toBe(copy.source === null ? null : as(copy.source));
    expect(report.credits.published).toBe(copy.published);
  });
});

describe.each(PUNCTUATION_FORMS)('metadata lines, %s', (_form, form) => {
  it('keeps who supplied the text as the byline, not as its author', () => {
    const credits = emptyCredits();
    const lines = ['发布时间:2024-03-02　供稿:县总工会办公室　作者:周立新', '全年新建职工书屋8家。'].map((text) => ({ text: form(text), segments: [] }));
    expect(stripChrome(lines, chrome, credits).map((l) => l.text)).toEqual([form('全年新建职工书屋8家。')]);
    expect(credits).toMatchObject({ byline: '县总工会办公室供稿', author: '周立新', published: '2024-03-02' });
  });
});

describe.each(PUNCTUATION_FORMS)('furniture of real copies, %s', (_form, form) => {
  it.each([
    ['正文', 'label'],
    ['【详细内容】', 'label'],
    ['— 新闻中心 —', 'label'],
    ['群众团体', 'label'],
    ['Page 12 - 某市年鉴2022 P. 12', 'page'],
    ['- 12 -', 'page'],
    ['第 3 页', 'page'],
    ['某市年鉴(2022)', 'page'],
    ['第02版:工会新闻', 'page'],
    ['3 / 12', 'page'],
    ['共12页', 'page'],
    ['立即下载 | 文档格式:doc', 'header'],
    ['- 2024-01-11某市召开职工代表大会', 'related'],
    ['· 全市工会启动春送岗位行动 2024-01-11', 'related'],
    ['某省总工会简介 某省总工会是职工自愿结合的群众组织。更多>>', 'sidebar'],
    ['[更多]', 'sidebar'],
    ['2023-07-25 09:22:53 某某新闻网', 'meta'],
    ['某某工人报 2022年09月30日 星期五', 'meta'],
    ['2023年05月23日20:15 |', 'meta'],
    ['《某某工人报》(2022年09月30日 01版)', 'meta'],
    ['小字号', 'controls'],
    ['【字号', 'controls'],
    ['新闻中心 > 头条 >', 'navigation'],
    ['指导单位:某市总工会 建设单位:某市信息中心', 'footer'],
    ['新闻推荐', 'end'],
    ['相关问题', 'end'],
  ] as Array<[string, ChromeKind]>)('reads %j as %s', (line, kind) => {
    expect(kindOf(form(line))).toBe(kind);
  });

  it.each(['2023年5月,全市工会开展劳动竞赛120场。', '思想引领更加有力', '某县总工会2023年工作总结', '——主要成绩——', '让服务惠及更多…'])('keeps the report line %j', (line) => {
    expect(kindOf(form(line))).toBeNull();
  });

  it('takes the date and site beside it from a dated line into the credits', () => {
    expect(datedLine(form('2023-07-25 09:22:53 某某新闻网'))).toEqual({ date: '2023-07-25', rest: '某某新闻网' });
    expect(datedLine(form('2023年5月,全市工会开展劳动竞赛120场。'))).toBeNull();
  });

  it('takes e-paper navigation off the headline it is glued to', () => {
    expect(withoutEpaperNavigation(form('本版导航 各版导航 视觉导航 第01版:要闻 选择其他日期报纸 某县工会织密服务网'), chrome)).toBe(form('某县工会织密服务网'));
    expect(withoutEpaperNavigation(form('某县工会织密服务网'), chrome)).toBe(form('某县工会织密服务网'));
    expect(withoutEpaperNavigation(form('放大服务效应,下一期将推出默认套餐'), chrome)).toBe(form('放大服务效应,下一期将推出默认套餐'));
  });

  it('cuts a document site\'s hidden-text mark and markup debris out, each cut a new line', () => {
    expect(withoutPageDebris(form('建会62家。……此处隐藏1695个字……kground: rgb(255, 255, 255);">七、做好帮扶工作。'), chrome)).toBe(form('建会62家。\n\n七、做好帮扶工作。'));
    expect(withoutPageDebris(form('建会62家。……此处隐藏1695个字……<span class="x">七、做好帮扶工作。</span>'), chrome)).toBe(form('建会62家。\n\n七、做好帮扶工作。\n'));
  });

  it('keeps a tag in the text of any other page, as the report\'s own words', () => {
    expect(withoutPageDebris(form('正文里的标签<b>加粗</b>原样显示。'), chrome)).toBe(form('正文里的标签<b>加粗</b>原样显示。'));
  });

  it('drops a search summary that repeats the lead, a lone page number inside a sentence and running heads', () => {
    const credits = emptyCredits();
    const lines = [
      '某县总工会2022年工作情况',
      '最佳答案:2022年,某县总工会紧紧围绕县委中心工作,全县新建工会组织48家...',
      '2022年,某县总工会紧紧围绕县委中心工作,全县新建工会组织48家,走访慰问困难职工',
      '213',
      '910户,发放慰问金136万元。',
      '某市年鉴 群众工作',
      '全年开展劳动竞赛22项。',
      '某市年鉴 群众工作',
      '全年培训职工3200人次。',
      '某市年鉴 群众工作',
    ].map((text) => ({ text: form(text), segments: [] }));
    expect(stripChrome(lines, chrome, credits).map((l) => l.text)).toEqual(
      [lines[0]!, lines[2]!, lines[4]!, lines[6]!, lines[8]!].map((l) => l.text),
    );
  });

  it('keeps a short heading that comes back under each section, and drops a caption printed twice', () => {
    const lines = ['一、职工书屋', '主要做法', '全县新建职工书屋8家。', '二、职工驿站', '主要做法', '全县新建驿站12个。', '驿站开放仪式现场。', '驿站开放仪式现场。'].map((text) => ({
      text: form(text),
      segments: [],
    }));
    expect(stripChrome(lines, chrome, emptyCredits()).map((l) => l.text)).toEqual(lines.slice(0, 7).map((l) => l.text));
  });

  it('reads a date line after the text as the date it was written, and the office beside it as its signer', () => {
    const credits = emptyCredits();
    const lines = ['全年新建职工书屋8家。', '某县总工会 2024年1月8日'].map((text) => ({ text: form(text), segments: [] }));
    expect(stripChrome(lines, chrome, credits).map((l) => l.text)).toEqual([form('全年新建职工书屋8家。')]);
    expect(credits).toMatchObject({ written: '2024-01-08', author: '某县总工会', published: null });
  });
});

describe.each(PUNCTUATION_FORMS)('trailingHeadlines, %s', (_form, form) => {
  const lines = (...texts: string[]) => texts.map((text) => ({ text: form(text) }));

  it('finds a run of other articles\' headlines under the text', () => {
    expect(trailingHeadlines(lines('全年新建驿站12个。', '区总工会召开全委扩大会议', '东湖区举办职工乒乓球比赛', '区总工会开展女职工健康讲座'))).toBe(3);
  });

  it('keeps a heading and the first words of a page cut short', () => {
    expect(trailingHeadlines(lines('全年新建驿站12个。', '文明创建树新风', '某市总工会将文明创建与主责主业深度'))).toBe(0);
  });
});
