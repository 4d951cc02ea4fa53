import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../scripts/facts/quantities.ts';
import { foldPunctuation } from '../../src/contracts/punctuation.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';

describe.each(PUNCTUATION_FORMS)('findQuantities, %s', (_form, form) => {
  // The stage reads the folded text of what the page prints.
  const found = (text: string) => findQuantities(foldPunctuation(form(text))).map((q) => [q.text, q.value, q.unit, q.qualifier]);

  it('leaves out session numbers of meetings, which are ordinals', () => {
    expect(found('在四届七次全会上,县总工会二届十二次委员(扩大)会议和十三届五次全委会审议通过了报告')).toEqual([]);
    expect(found('召开常委会会议7次')).toEqual([['7次', 7, '次', 'exact']]);
  });

  it('reads Arabic numbers with measure words and qualifiers (奎屯)', () => {
    expect(found('牵头开展线上线下融合学习52场次,选派5名宣讲员下沉13家重点企业指导开展主题教育活动,覆盖职工6500余人次')).toEqual([
      ['52场次', 52, '场次', 'exact'],
      ['5名', 5, '名', 'exact'],
      ['13家', 13, '家', 'exact'],
      ['6500余人次', 6500, '人次', 'approx-more'],
    ]);
  });

  it('reads 万 and 亿 after digits, with the qualifier before or after the multiplier', () => {
    expect(found('筹集资金129.65万元,覆盖职工2.18万人次')).toEqual([
      ['129.65万元', 1_296_500, '元', 'exact'],
      ['2.18万人次', 21_800, '人次', 'exact'],
    ]);
    expect(found('讨薪30余万元。参加职业技能竞赛的职工2万余名')).toEqual([
      ['30余万元', 300_000, '元', 'approx-more'],
      ['2万余名', 20_000, '名', 'approx-more'],
    ]);
    expect(found('累计拨付中央财政专项帮扶资金2.06亿元,征集各项创新成果共计21.2万余个')).toEqual([
      ['2.06亿元', 206_000_000, '元', 'exact'],
      ['21.2万余个', 212_000, '个', 'approx-more'],
    ]);
  });

  it('reads Chinese numerals with a qualifier (新疆, 昌黎)', () => {
    expect(found('每年组织近万家企业、9万多个班组、200万人次职工')).toEqual([
      ['近万家', 10_000, '家', 'approx-less'],
      ['9万多个', 90_000, '个', 'approx-more'],
      ['200万人次', 2_000_000, '人次', 'exact'],
    ]);
    expect(found('累计为职工提供法律服务近千万人次,服务职工近亿人次')).toEqual([
      ['近千万人次', 10_000_000, '人次', 'approx-less'],
      ['近亿人次', 100_000_000, '人次', 'approx-less'],
    ]);
    expect(found('开展主题宣传教育活动1万余场,覆盖职工超1000万人次')).toEqual([
      ['1万余场', 10_000, '场', 'approx-more'],
      ['超1000万人次', 10_000_000, '人次', 'approx-more'],
    ]);
    expect(found('向在场的百余名职工分享')).toEqual([['百余名', 100, '名', 'approx-more']]);
    expect(found('大赛考核内容包括理论考试和技能操作两部分')).toEqual([['两部分', 2, '部分', 'exact']]);
  });

  it('reads 场(次) and 人(次) as 场次 and 人次', () => {
    expect(found('宣讲活动120余场(次)。参与职工达3500余人(次)')).toEqual([
      ['120余场(次)', 120, '场次', 'approx-more'],
      ['3500余人(次)', 3500, '人次', 'approx-more'],
    ]);
    expect(found('培训职工3000人·次,服务800人/次')).toEqual([
      ['3000人·次', 3000, '人次', 'exact'],
      ['800人/次', 800, '人次', 'exact'],
    ]);
  });

  it('reads percentages and 以上 after a quantity', () => {
    expect(found('25人以上企业覆盖率达76%以上,集体合同签订率动态保持在80%以上,办结率达98%')).toEqual([
      ['25人以上', 25, '人', 'at-least'],
      ['76%以上', 76, '%', 'at-least'],
      ['80%以上', 80, '%', 'at-least'],
      ['98%', 98, '%', 'exact'],
    ]);
  });

  it('gives a count with 万 and no measure word before a person noun the unit 人', () => {
    expect(found('带动1.5万家单位、46.6万女职工开展“两癌”筛查')).toEqual([
      ['1.5万家', 15_000, '家', 'exact'],
      ['46.6万', 466_000, '人', 'exact'],
    ]);
  });

  it('reads a bare number after its noun and verb, or before its noun and a modifier, with the unit the noun gives', () => {
    expect(found('全年会员净增17万,新发展会员948全镇工会达到56家')).toEqual([
      ['17万', 170_000, '人', 'exact'],
      ['948', 948, '人', 'exact'],
      ['56家', 56, '家', 'exact'],
    ]);
    expect(found('会员人数达到18345,为400一线职工送去慰问品,会员超过2万余')).toEqual([
      ['18345', 18_345, '人', 'exact'],
      ['400', 400, '人', 'exact'],
      ['超过2万余', 20_000, '人', 'approx-more'],
    ]);
    // A measure word after it reads as usual, once.
    expect(found('会员9480人,会员净增17万人次')).toEqual([
      ['9480人', 9480, '人', 'exact'],
      ['17万人次', 170_000, '人次', 'exact'],
    ]);
  });

  it('reads no bare count from a year, a date, a hotline, a code or a decimal', () => {
    expect(found('拨打12351职工服务热线,举办2023职工运动会,会员2016年入会,职工3月,会员A12,职工1.5,会员3-5')).toEqual([]);
  });

  it('reads a vague figure (数十场, 几十名, 上百家) with its unit and no value, never as 十 or 百', () => {
    const vague = (text: string) => findQuantities(foldPunctuation(form(text))).map((q) => [q.text, q.value, q.unit, q.qualifier, q.doubt]);
    expect(vague('年均举办数十场赛事,几十名职工,上百家企业,筹集数十万元')).toEqual([
      ['数十场', null, '场', 'approx', 'vague'],
      ['几十名', null, '名', 'approx', 'vague'],
      ['上百家', null, '家', 'approx', 'vague'],
      ['数十万元', null, '元', 'approx', 'vague'],
    ]);
    // 数 and 上 end other words: `总数` and `线上` are not vague.
    expect(vague('会员总数十万人,线上千人参与')).toEqual([['十万人', 100_000, '人', 'exact', null]]);
  });

  it('reads 百人以上 as a threshold of at least a hundred', () => {
    expect(found('先后推动百人以上企业建会')).toEqual([['百人以上', 100, '人', 'at-least']]);
  });

  it('counts levels (级) only right after they are named: 市、县两级, not 三级医院 or 5级', () => {
    expect(found('市、县两级工会,省市县三级联动')).toEqual([
      ['两级', 2, '级', 'exact'],
      ['三级', 3, '级', 'exact'],
    ]);
    expect(found('三级医院,伤残5级,二级工会')).toEqual([]);
  });

  it('reads no count from a figure of speech (做好…三篇文章), but counts articles published', () => {
    expect(found('扎实做好“城、乡、人”三篇文章,在报刊发表3篇文章,刊发文章5篇')).toEqual([
      ['3篇', 3, '篇', 'exact'],
      ['5篇', 5, '篇', 'exact'],
    ]);
  });

  it('reads a figure at the very end of a text', () => {
    expect(found('全县基层工会有873家')).toEqual([['873家', 873, '家', 'exact']]);
  });

  it('reads full-width digits as their ASCII twins, in the folded reading', () => {
    expect(found('新建工会１２００家,会员２６．７万人')).toEqual([
      ['1200家', 1200, '家', 'exact'],
      ['26.7万人', 267_000, '人', 'exact'],
    ]);
  });

  it('counts 六大领域 and 3大方面, but not 四大工程 or 十九大', () => {
    expect(found('“工会杯”六大领域职业技能竞赛6场次')).toEqual([
      ['六大领域', 6, '领域', 'exact'],
      ['6场次', 6, '场次', 'exact'],
    ]);
    expect(found('针对巡察反馈的3大方面19个问题')).toEqual([
      ['3大方面', 3, '方面', 'exact'],
      ['19个', 19, '个', 'exact'],
    ]);
    expect(found('以“凝心铸魂”四大工程为抓手,开展党的十九大、党的二十大精神宣讲')).toEqual([]);
  });

  it('leaves out dates, years, ordinals and durations used as adjectives', () => {
    expect(found('2025年,8月20日,6月至10月,于2022年成立,从2019年开始')).toEqual([]);
    expect(found('第十三次代表大会,第三届碣石山登山节,十七届城区委第一轮巡察,西宁市第七届')).toEqual([]);
    expect(found('新建了户外劳动者驿站10个、24小时智能化驿站5个')).toEqual([
      ['10个', 10, '个', 'exact'],
      ['5个', 5, '个', 'exact'],
    ]);
  });

  it('leaves out hotline numbers and numbered names in quotes or set phrases', () => {
    expect(found('高效处置“12351”欠薪工单33件')).toEqual([['33件', 33, '件', 'exact']]);
    expect(found('增强“四个意识”、坚定“四个自信”、做到“两个维护”,开展“五小”创新,“两癌”筛查')).toEqual([]);
    expect(found('三位一体法律服务,一站式解决,树一个典型、带一支队伍')).toEqual([]);
    expect(found('践行三个代表,协调推进四个全面,增强四个意识,五位一体总体布局')).toEqual([]);
  });

  it('keeps the number when 约 or 近 ends another word (签约, 附近)', () => {
    expect(found('签约2名专业律师,附近3家企业')).toEqual([
      ['2名', 2, '名', 'exact'],
      ['3家', 3, '家', 'exact'],
    ]);
  });

  it('skips a measure word that begins a longer word (户外, 期间)', () => {
    expect(found('为2000余名户外劳动者')).toEqual([['2000余名', 2000, '名', 'approx-more']]);
    expect(found('慰问3户外卖骑手')).toEqual([]);
  });

  it('reads Chinese decimals with their multiplier (零点五万元 is 5,000), and 廿 and 〇', () => {
    expect(found('发放慰问金零点五万元,资助一点二万名职工')).toEqual([
      ['零点五万元', 5_000, '元', 'exact'],
      ['一点二万名', 12_000, '名', 'exact'],
    ]);
    expect(found('廿五名劳模,一〇五名职工')).toEqual([
      ['廿五名', 25, '名', 'exact'],
      ['一〇五名', 105, '名', 'exact'],
    ]);
  });

  it('keeps a negative figure, with no value, as a doubt: a count is never negative', () => {
    const doubts = (text: string) => findQuantities(foldPunctuation(form(text))).map((q) => [q.text, q.value, q.doubt]);
    expect(doubts('会员增加负五名,职工−3名,覆盖率-2%')).toEqual([
      ['负五名', null, 'negative'],
      ['−3名', null, 'negative'],
      ['-2%', null, 'negative'],
    ]);
    // A word ending in 负 and a hyphen after a digit (a range) are no signs.
    expect(doubts('担负5项任务,培训3-5名')).toEqual([
      ['5项', 5, null],
      ['5名', 5, null],
    ]);
  });

  it('reads groups of thousands, and nothing from a long run of them that no measure word follows', () => {
    expect(found('覆盖职工1,234,567名')).toEqual([['1,234,567名', 1_234_567, '名', 'exact']]);
    expect(found(`编号1${',234'.repeat(300)}。培训5名`)).toEqual([['5名', 5, '名', 'exact']]);
    expect(found(`编号${'1234567890'.repeat(300)}。培训一二三四五六七八九十百千万亿零。6名`)).toEqual([['6名', 6, '名', 'exact']]);
  });

  it('keeps a figure too large for any count, with no value, as a doubt, and reads a long run of digits once', () => {
    const [q] = findQuantities(`编号${'1234567890'.repeat(500)}名`);
    expect(q).toMatchObject({ value: null, unit: '名', doubt: 'too-large' });
    expect(q!.text).toHaveLength(5001);
    expect(findQuantities('资金99999亿元')[0]).toMatchObject({ value: 9_999_900_000_000, doubt: null });
    expect(findQuantities('资金999999亿元')[0]).toMatchObject({ value: null, doubt: 'too-large' });
  });

  it('flags a number right after a damaged span as uncertain, with no value (新疆)', () => {
    const [q] = findQuantities('全国五一劳动奖\ue000?wù)?\ue0012个,评选');
    expect(q).toMatchObject({ text: '2个', value: null, unit: '个', damaged: true });
  });
});
