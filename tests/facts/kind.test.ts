import { describe, expect, it } from 'vitest';
import { type KindContext, readKind } from '../../scripts/facts/kind.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { snippetFacts, taxonomy } from '../helpers/snippet-facts.ts';

const vocabulary = taxonomy.vocabulary;
const read = (unit: string, context: Partial<KindContext>) =>
  readKind(unit, { since: '', clause: '', segment: '', ...context }, vocabulary);

describe('readKind', () => {
  it('reads a word of doing as a flow, a standing-total word as a stock', () => {
    expect(read('家', { since: '全年新建工会组织', clause: '全年新建工会组织' })).toEqual({ kind: 'flow', marker: 'period', yearly: false });
    expect(read('家', { since: '新建工会组织', clause: '新建工会组织' })).toMatchObject({ kind: 'flow', marker: 'flow' });
    expect(read('个', { since: '全区已建立基层工会组织', clause: '全区已建立基层工会组织' })).toMatchObject({ kind: 'stock', marker: 'stock' });
  });

  it('lets the longest word decide where two overlap (累计建成 is a total, 累计 alone a flow)', () => {
    expect(read('个', { since: '累计建成', clause: '累计建成' })).toMatchObject({ kind: 'stock', marker: 'stock' });
    expect(read('元', { since: '累计发放', clause: '累计发放' })).toMatchObject({ kind: 'flow', marker: 'flow' });
  });

  it('keeps weak total words (达到, 各级) and silent clauses open for the indicator family to decide', () => {
    expect(read('家', { since: '各级职工书屋', clause: '各级职工书屋' })).toMatchObject({ kind: 'stock', marker: 'weak-stock' });
    expect(read('人', { since: '工会会员', clause: '工会会员' })).toEqual({ kind: 'flow', marker: null, yearly: false });
  });

  it('reads a net increase (净增) as done in the period, and a total that reaches a figure (总数达到) as standing', () => {
    expect(read('家', { since: '净增基层工会', clause: '净增基层工会' })).toMatchObject({ kind: 'flow', marker: 'flow' });
    expect(read('人', { since: '全区高技能人才总数达到', clause: '全区高技能人才总数达到' })).toMatchObject({ kind: 'stock', marker: 'stock' });
    expect(read('个', { since: '基层工会组织发展到', clause: '基层工会组织发展到' })).toMatchObject({ kind: 'stock', marker: 'weak-stock' });
    expect(read('个', { since: '累计创建职工书屋', clause: '累计创建职工书屋' })).toMatchObject({ kind: 'stock', marker: 'stock' });
  });

  it('lets a 每年 govern the clause after its own, never a total nor a list further on', () => {
    const yearly = { kind: 'per-unit', yearly: true };
    expect(read('人次', { since: '吸引职工', clause: '吸引职工', segment: '每年举办竞赛1800场,吸引职工' })).toMatchObject(yearly);
    expect(read('名', { since: '共培育工匠', clause: '共培育工匠', segment: '每年命名工匠100名,共培育工匠' })).toMatchObject({ yearly: false });
    expect(read('家', { since: '净增基层工会', clause: '净增基层工会', segment: '五年来,每年开展竞赛1万场,举办招聘会7000余场,净增基层工会' })).toMatchObject({
      yearly: false,
    });
  });

  it('lets a standing-total word at the head of a segment govern the clauses after it', () => {
    expect(read('个', { since: '覆盖单位', clause: '覆盖单位', segment: '全区已建立基层工会组织3.9万个,覆盖单位' })).toMatchObject({
      kind: 'stock',
    });
  });

  it('reads a count as of a date as standing, whatever was done before the date, unless doing follows it', () => {
    const segment = '该会于1998年成立截至2023年底各类工会组织';
    expect(read('个', { since: '各类工会组织', clause: segment, segment })).toMatchObject({ kind: 'stock', marker: 'stock' });
    const month = '截止九月底全镇已组建';
    expect(read('家', { since: month, clause: month, segment: month })).toMatchObject({ kind: 'stock' });
    const doing = '截至年底,全年新建职工之家';
    expect(read('家', { since: '全年新建职工之家', clause: '全年新建职工之家', segment: doing })).toMatchObject({ kind: 'flow', marker: 'period' });
    const attribute = '截止目前,全乡已组建的工会组织中,联合工会';
    expect(read('家', { since: '联合工会', clause: '联合工会', segment: attribute })).toMatchObject({ kind: 'stock', marker: 'stock' });
    const idiom = '坚持一抓到底,困难职工';
    expect(read('人', { since: '困难职工', clause: '困难职工', segment: idiom })).toMatchObject({ kind: 'flow', marker: null });
    const noDate = '到企业走访职工';
    expect(read('人', { since: noDate, clause: noDate, segment: noDate })).toMatchObject({ kind: 'flow', marker: 'flow' });
  });

  it('lets the verb after the noun phrase decide where the total word before only describes what is counted', () => {
    const after = (since: string, rest: string) => read('人', { since, clause: since, after: rest });
    expect(after('全县已有', '职工通过培训提升技能等级')).toMatchObject({ kind: 'flow', marker: 'flow' });
    expect(after('在册的', '困难职工家庭已全部解困')).toMatchObject({ kind: 'flow', marker: 'flow' });
    // No verb of doing after, or a word of building before: the total stands.
    expect(after('全县已有', '职工书屋')).toMatchObject({ kind: 'stock', marker: 'stock' });
    expect(read('家', { since: '已建成的', clause: '已建成的', after: '职工书屋开展读书活动' })).toMatchObject({ kind: 'stock' });
    expect(read('家', { since: '全区已建立基层工会组织', clause: '全区已建立基层工会组织', after: '覆盖职工' })).toMatchObject({ kind: 'stock' });
  });

  it('never lets a total at the head of a segment make occurrences (人次, 场次) a standing total', () => {
    const segment = '全市已建成职工书屋120家,阵地不断完善,服务职工';
    expect(read('人次', { since: '服务职工', clause: '服务职工', segment })).toEqual({ kind: 'flow', marker: null, yearly: false });
    expect(read('人', { since: '会员', clause: '会员', segment })).toMatchObject({ kind: 'stock' });
  });

  it('reads a run-on clause from its as-of date on: the words before it speak of something else', () => {
    const since = '区工会联合会1958年组建截至2024年底全区工会会员';
    // A count as of a date is a standing total (not only a weak one the indicator may read otherwise).
    expect(read('人', { since, clause: since, segment: since })).toMatchObject({ kind: 'stock', marker: 'stock' });
    // A noun before the date is the figure's own: the word of doing before it still governs.
    const own = '新建工会组织截至10月底已达';
    expect(read('家', { since: own, clause: own, segment: own })).toMatchObject({ kind: 'flow', marker: 'flow' });
  });

  it('reads rates, amounts per unit and yearly figures', () => {
    expect(read('%', { clause: '建制率' }).kind).toBe('rate');
    expect(read('元', { since: '提供了每人', clause: '为94名快递员提供了每人' })).toEqual({ kind: 'per-unit', marker: null, yearly: false });
    expect(read('项', { since: '每年组织开展', clause: '每年组织开展', segment: '每年组织开展' })).toEqual({ kind: 'per-unit', marker: null, yearly: true });
    expect(read('名', { since: '吸引兵地2.4万家单位、', clause: '吸引', segment: '每年组织开展3700余项竞赛,吸引' }).yearly).toBe(true);
  });
});

describe.each(PUNCTUATION_FORMS)('kinds in extraction, %s', (_name, form) => {
  const kinds = (text: string) => snippetFacts(form(text)).facts.map((e) => e.fact.kind);

  it('gives a part after 其中 the kind of its whole (奎屯)', () => {
    expect(kinds('全年新建工会组织104家,新增会员1162人,其中新业态会员426人。')).toEqual(['flow', 'flow', 'flow']);
  });

  it('reads standing totals and their family kind (新疆)', () => {
    expect(kinds('全区已建立基层工会组织3.9万个,覆盖单位10.3万个,工会会员435万余人。')).toEqual(['stock', 'stock', 'stock']);
    expect(kinds('建成户外劳动者服务站点2914个,女职工休息哺乳室4618个,各级职工书屋433家。')).toEqual(['stock', 'stock', 'stock']);
  });

  it('reads counts of people taking part as flows even after 共有 (共有1.3万名女职工接受了筛查)', () => {
    expect(kinds('五年来共有1.3万名女职工接受了“两癌”筛查。')).toEqual(['flow']);
  });
});
