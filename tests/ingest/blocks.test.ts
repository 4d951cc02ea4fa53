import { describe, expect, it } from 'vitest';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { isHeadingLike, loneMarker, structure, type Unit } from '../../scripts/ingest/blocks.ts';

const units = (...lines: string[]): Unit[] => lines.map((text, i) => ({ line: i + 1, text, original: text }));
// Opens with a paragraph so that no line of the snippet is taken for the report's title.
const shape = (lines: string[]) =>
  structure(units('引言。', ...lines))
    .blocks.slice(1)
    .map((b) => [b.kind, b.level, b.marker, b.text]);

const LINE_69 =
  '深化劳模工作室、技能大师工作室等载体建设,发挥劳模“传帮带”作用,系统开展技能培训、岗位练兵与师徒结对活动,带动企业开展内部培训120余次,形成“树一个典型、带一支队伍、兴一个产业”的辐射效应。加大本级劳模工匠培育力度,深入企业挖掘企业一线技能骨干,引导广大职工走“技能成才、岗位建功”之路,成功推动1名职工入选“天山工匠”培育名单';

describe.each(PUNCTUATION_FORMS)('structure: broken paragraphs (城中区 seed), %s', (_form, form) => {
  it('rejoins a sentence broken after a verb', () => {
    const { blocks } = structure(
      units(
        form('深化“调裁诉”衔接。积极探索“枫桥式工作法”推动劳动争议及时高效化解,共调解劳动报酬纠纷案件400余起,受益人数800余人,其中解决'),
        form('农民工欠薪问题60余起,女职工维权108起,讨薪30余万元。'),
      ),
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text).toContain(form('其中解决农民工欠薪问题60余起'));
  });

  it('rejoins a number split from its measure word', () => {
    const { blocks } = structure(
      units(form('强化“线上+线下”融合。开展“尊法守法·携手筑梦”送法进企系列活动183场,覆盖各类中小企业38家。对全区13'), form('家重点企业开展“法治体检”,进行劳动用工法律风险诊断评估。')),
    );
    expect(blocks.map((b) => b.text)).toEqual([
      form('强化“线上+线下”融合。开展“尊法守法·携手筑梦”送法进企系列活动183场,覆盖各类中小企业38家。对全区13家重点企业开展“法治体检”,进行劳动用工法律风险诊断评估。'),
    ]);
  });

  it('rejoins across a subject left at the end of a line', () => {
    const { blocks } = structure(
      units(
        form('突出亮点特色。积极协调区委区政府、省市总工会筹措资金117.17万元,实施全省首家“爱心早餐”示范项目,为全区800余名环卫工人提供爱心早餐,该项目'),
        form('作为好经验、好做法在全市各县区兄弟单位得到广泛应用,并得到了广大职工群众的一致好评。'),
      ),
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text).toContain(form('该项目作为好经验'));
  });

  it('never joins a heading to a paragraph, even after an unfinished one (奎屯 lines 69–72)', () => {
    expect(
      shape([
        form(LINE_69),
        form('暖心护权:织密服务保障网,筑牢职工幸福堤'),
        form('始终坚持以职工为中心的工作导向,守护职工幸福底色。'),
      ]),
    ).toEqual([
      ['paragraph', null, null, form(LINE_69)],
      ['heading', 2, null, form('暖心护权:织密服务保障网,筑牢职工幸福堤')],
      ['paragraph', null, null, form('始终坚持以职工为中心的工作导向,守护职工幸福底色。')],
    ]);
  });

  it('keeps finished paragraphs apart', () => {
    expect(shape([form('突出政治引领。全区各级工会始终把坚持党的领导作为工会工作根本要求。'), form('强化思想引领。不断强化科学理论武装,广泛开展宣传宣讲。')])).toHaveLength(2);
  });

  it('joins many broken lines into one paragraph, a space only between Latin words, then stops at a finished one', () => {
    const broken = Array.from({ length: 500 }, (_, i) => form(`全区走访慰问困难职工${i + 10}户。发放慰问金,开展培训`));
    const lines = [...broken, form('培训结束。报名通过APP'), form('online平台完成。'), form('强化思想引领。广泛开展宣传宣讲。')];
    const blocks = shape(lines);
    expect(blocks).toEqual([
      ['paragraph', null, null, `${broken.join('')}${form('培训结束。报名通过APP')} online${form('平台完成。')}`],
      ['paragraph', null, null, form('强化思想引领。广泛开展宣传宣讲。')],
    ]);
  });
});

describe.each(PUNCTUATION_FORMS)('structure: headings, %s', (_form, form) => {
  it('makes a lone numbering line and the heading under it one numbered sub-head (奎屯)', () => {
    expect(shape([form('思想铸魂:理论浸润凝共识,文化聚气筑同心'), form('总工会始终把党的创新理论武装作为首要政治任务。'), '01', form('“以理润心”:让党的声音直达一线'), form('建立学习机制。')])).toEqual([
      ['heading', 2, null, form('思想铸魂:理论浸润凝共识,文化聚气筑同心')],
      ['paragraph', null, null, form('总工会始终把党的创新理论武装作为首要政治任务。')],
      ['heading', 3, '01', form('“以理润心”:让党的声音直达一线')],
      ['paragraph', null, null, form('建立学习机制。')],
    ]);
  });

  it('merges a two-line heading into one (昌黎)', () => {
    expect(shape([form('思政领航+典型示范'), form('凝聚奋进“向心力”'), form('“从一粒葡萄的筛选到一瓶美酒的酿成,坚守品质。”4月的昌黎县兴国精密机件有限公司厂区内。')])[0]).toEqual([
      'heading',
      2,
      null,
      form('思政领航+典型示范 凝聚奋进“向心力”'),
    ]);
  });

  it('reads 一、 as a section and (一) as a sub-section', () => {
    expect(shape([form('一、思想引领'), form('(一)理论学习'), form('开展学习52场次。')])).toEqual([
      ['heading', 2, form('一'), form('思想引领')],
      ['heading', 3, form('一'), form('理论学习')],
      ['paragraph', null, null, form('开展学习52场次。')],
    ]);
  });

  it('drops a numbering line with no heading under it', () => {
    expect(shape([form('开展学习52场次。'), '02', form('覆盖职工6500余人次。')])).toEqual([
      ['paragraph', null, null, form('开展学习52场次。')],
      ['paragraph', null, null, form('覆盖职工6500余人次。')],
    ]);
  });
});

describe.each(PUNCTUATION_FORMS)('structure: title and captions, %s', (_form, form) => {
  it('takes a kicker and title off the top (城中区)', () => {
    const s = structure(units(form('亮实绩 展风采'), form('以实干谱写中区工会工作新篇章'), form('城中区各级工会在区委区政府的坚强领导下,团结动员全区广大职工群众。')));
    expect([s.kicker, s.title, s.blocks.length]).toEqual([form('亮实绩 展风采'), form('以实干谱写中区工会工作新篇章'), 1]);
  });

  it('finds no title when the report opens with a paragraph (新疆)', () => {
    expect(structure(units(form('8月20日,自治区工会第十三次代表大会在乌鲁木齐召开。'), form('五年来,新疆工会工作聚焦中心有探索。'))).title).toBeNull();
  });

  it('reads a photo caption with its credit (新疆 line 9)', () => {
    const [caption] = structure(units(form('6月15日,新疆“丝路交通杯”主题劳动和技能竞赛(克州赛区),参赛选手在安装波形护栏。自治区总工会提供'))).blocks;
    expect(caption).toMatchObject({ kind: 'caption', text: form('6月15日,新疆“丝路交通杯”主题劳动和技能竞赛(克州赛区),参赛选手在安装波形护栏。'), credit: form('自治区总工会提供') });
  });
});

describe.each(PUNCTUATION_FORMS)('isHeadingLike and loneMarker, %s', (_form, form) => {
  it('tells heading lines from sentence fragments', () => {
    expect(isHeadingLike(form('职工生活品质实现新提升'))).toBe(true);
    expect(isHeadingLike(form('对全区13'))).toBe(false);
    expect(isHeadingLike(form('农民工欠薪问题60余起,女职工维权108起。'))).toBe(false);
    expect(isHeadingLike(form('“李劳模的故事太励志了”'))).toBe(false);
  });

  it('reads numbering lines', () => {
    expect(['01', '3', form('二、'), form('(四)'), '(12)', form('第三部分'), form('2025年')].map(loneMarker)).toEqual(['01', '3', form('二'), form('四'), '12', form('第三部分'), null]);
  });
});

describe.each(PUNCTUATION_FORMS)('structure: real copies, %s', (_form, form) => {
  const kinds = (s: ReturnType<typeof structure>) => s.blocks.map((b) => `${b.kind}${b.marker ? ` ${b.marker}` : ''}:${b.text}`);

  it('keeps a first line that names its kind of document as the title over a heading', () => {
    const s = structure(units(form('某镇工会2023年上半年工作总结'), form('思想引领'), form('全年开展宣讲12场。')), (t) => t.endsWith('总结'));
    expect(s.title).toBe(form('某镇工会2023年上半年工作总结'));
    expect(s.blocks[0]).toMatchObject({ kind: 'heading', text: form('思想引领') });
  });

  it('keeps a first line over a numbered series as the title', () => {
    expect(structure(units(form('南屏县总工会的一年'), form('一、组织建设'), form('全县新建工会34家。'))).title).toBe(form('南屏县总工会的一年'));
  });

  it('never pulls a list item or a numbered heading into a paragraph ending in a colon', () => {
    const s = structure(units(form('下半年重点做好以下工作:'), form('1、继续推进新就业形态劳动者入会,扩大覆盖面,提高入会率。'), form('二、服务职工')));
    expect(s.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading']);
  });

  it('splits the heading off a sibling of a numbered heading series', () => {
    const s = structure(units(form('全镇工会工作稳步推进。'), form('(一)加强组织建设'), form('新建工会6家。'), form('(二)深化维权服务。全年调处劳动争议12件。')));
    expect(kinds(s)).toEqual([
      `paragraph:${form('全镇工会工作稳步推进。')}`,
      'heading 一:加强组织建设',
      'paragraph:新建工会6家。',
      'heading 二:深化维权服务',
      'paragraph:全年调处劳动争议12件。',
    ]);
  });

  it('reads the last line of a page cut short as a paragraph marked incomplete, not a heading', () => {
    const s = structure([...units(form('全年为职工办理互助保障1.3万人次。')), { line: 2, text: '某县总工会党组', original: '某县总工会党组', cut: true }]);
    expect(s.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: '某县总工会党组', incomplete: true });
  });

  it('joins a line that opens with a decimal to the sentence it goes on with', () => {
    const line = '全年为职工办理互助保障,覆盖全市各类企业和新就业形态劳动者群体的职工,参保职工达';
    const s = structure(units(form('引言。'), form(line), form('1.2万人次,同比增长8%。')));
    expect(s.blocks.map((b) => b.text)).toEqual([form('引言。'), form(`${line}1.2万人次,同比增长8%。`)]);
  });

  it('reads clauses run on by commas as a sentence cut short, not a heading', () => {
    expect(isHeadingLike(form('全年筹集帮扶资金1350万元,走访慰问困难职工2400户,为全市'))).toBe(false);
  });
});
