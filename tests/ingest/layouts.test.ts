import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChrome } from '../../scripts/ingest/chrome.ts';
import { cleanReport } from '../../scripts/ingest/clean.ts';
import { decodeReport } from '../../scripts/ingest/decode.ts';
import { simplify } from '../../scripts/ingest/simplify.ts';
import { expectCleanPage } from '../helpers/clean-checks.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';

const chrome = loadChrome('content/chrome.yaml');
const DIR = 'tests/fixtures/layouts';

interface Layout {
  file: string;
  /** The copy's own headline, or null where the page gives none (a generated title is used). */
  title: string | null;
  subtitle?: string;
  headings?: string[];
  /** Furniture of the page that must not stay anywhere in the text. */
  gone: string[];
  /** Report text that must stay. */
  kept: string[];
  credits?: Partial<{ published: string; written: string; author: string; source: string; publisher: string }>;
  reporters?: string[];
  damagedLayout?: boolean;
  incomplete?: string;
}

// Pages written for the project in the layouts of the sites union reports are copied from.
const LAYOUTS: Layout[] = [
  {
    file: 'l01-epaper.txt',
    title: '青禾县总工会织密服务职工"一张网"',
    subtitle: '全县建成职工驿站36个,年服务职工超10万人次',
    gone: ['本版导航', '河川工人报', '摄)', '上一版', '本报讯'],
    kept: ['全县建成职工驿站36个,年服务职工超10万人次。', '今年将新增驿站8个。'],
    credits: { published: '2024-03-02', publisher: '河川工人报' },
    reporters: ['罗成文', '杜小雅'],
  },
  {
    file: 'l02-portal-related.txt',
    title: '松岭市总工会2023年工作总结',
    headings: ['思想引领更加有力', '维权服务更加精准'],
    gone: ['新闻推荐', '全委会议', '春送岗位招聘会', '我们在行动', '指导单位', '版权所有', '当前位置', '浏览次数'],
    kept: ['走访慰问困难职工4200户。'],
    credits: { published: '2024-01-12', source: '办公室' },
  },
  {
    file: 'l03-yearbook-pdf.txt',
    title: null,
    headings: [],
    gone: ['Page', '年鉴2023', '群众团体', '213', '林秋实'],
    kept: ['全市有基层工会1200家,会员26.7万人', '新发展会员5320人', '帮扶资金1350万元', '为全市一线职工办理互助保障4.2万人次。'],
    reporters: ['林秋实'],
  },
  {
    file: 'l04-essay-template.txt',
    title: '杏林镇工会上半年工作总结',
    headings: ['加强组织建设', '深化维权服务'],
    gone: ['正文', '范文', '【三篇】'],
    kept: ['全年调处劳动争议12件', '1、继续推进新就业形态劳动者入会。', '现将工作总结如下:'],
    credits: { written: '2023-07-05', author: '杏林镇工会' },
  },
  {
    file: 'l05-company-site.txt',
    title: '华兴电机公司工会获评省级模范职工之家',
    gone: ['新闻中心', 'HUAXING', 'News', 'Copyright', '江川网', '据江川日报报道'],
    kept: ['近日,华兴电机公司工会获评省级模范职工之家。', '培养技术能手64名。'],
  },
  {
    file: 'l06-search-cache.txt',
    title: '梅岭县总工会2022年工作情况',
    gone: ['最佳答案', '...', '相关问题', '在哪里', '有哪些福利'],
    kept: ['发放慰问金136万元。', '参赛职工1.1万人次。'],
  },
  {
    file: 'l07-traditional-mirror.txt',
    title: '石浦縣總工會2022年工作報告摘要',
    gone: ['原標題', 'huì', 'yè', 'yáng', 'xùn', '石浦在線'],
    kept: ['新建工會組織57家', '全年獲表', '先進集體12個。', '職工技能培訓3200人次'],
    credits: { published: '2023-02-15', source: '石浦在線' },
  },
  {
    file: 'l08-sidebar-blurb.txt',
    title: '东湖区总工会启动"冬送温暖"活动',
    gone: ['工会要闻', '简介', '更多', '下设5个部室', '全委扩大会议', '乒乓球比赛', '健康讲座'],
    kept: ['走访慰问困难职工320户', '覆盖全区12个街道。'],
    credits: { published: '2024-01-18' },
  },
  {
    file: 'l09-cut-page.txt',
    title: '南屏县总工会2023年工作报告',
    headings: ['组织建设', '维权服务', '服务职工'],
    gone: [],
    kept: ['全年为职工办理互助保障1.3万人次。'],
    incomplete: '南屏县总工会党组',
  },
  {
    file: 'l10-pdf-columns.txt',
    title: '远山县总工会2021年工作概况',
    gone: [],
    kept: ['全县各级工会组织开展职', '县总工会持续推进职工服'],
    damagedLayout: true,
  },
  {
    file: 'l11-pdf-title-inline.txt',
    title: '云台县总工会2015年工作总结',
    gone: [],
    kept: ['发展会员3100人。', '全年开展技能培训56场,培训职工4800人次。'],
  },
];

describe.each(PUNCTUATION_FORMS)('a copy in the layout of its site, %s', (_form, form) => {
  it.each(LAYOUTS)('$file reads clean', (layout) => {
    const report = cleanReport(form(decodeReport(readFileSync(join(DIR, layout.file)), layout.file)), layout.file);
    const as = (s: string) => form(report.traditional ? simplify(s) : s);
    const text = report.blocks.map((b) => b.text).join('\n');
    const original = report.blocks.map((b) => b.original).join('\n');

    expect(report.title).toBe(layout.title === null ? null : as(layout.title));
    expect(report.subtitle).toBe(layout.subtitle === undefined ? null : as(layout.subtitle));
    if (layout.headings) expect(report.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(layout.headings.map(as));
    for (const furniture of layout.gone) {
      expect(text).not.toContain(as(furniture));
      expect(original).not.toContain(form(furniture));
    }
    for (const reportText of layout.kept) expect(text).toContain(as(reportText));
    for (const [key, value] of Object.entries(layout.credits ?? {})) expect(report.credits[key as keyof typeof report.credits]).toBe(as(value));
    if (layout.reporters) expect(report.credits.reporters).toEqual(layout.reporters);
    expect(report.damagedLayout).toBe(layout.damagedLayout ?? false);
    const cut = report.blocks.filter((b) => b.incomplete).map((b) => b.text);
    expect(cut).toEqual(layout.incomplete ? [as(layout.incomplete)] : []);
    if (!report.damagedLayout) expectCleanPage(report, chrome);
  });
});
