import { describe, expect, it } from 'vitest';
import { actionsIn, explainMatch } from '../../scripts/facts/match-indicator.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { snippetFacts, taxonomy } from '../helpers/snippet-facts.ts';
import { figureOf } from '../../scripts/facts/report-facts.ts';
import type { CatalogEntry } from '../../src/contracts/catalog.ts';

describe.each(PUNCTUATION_FORMS)('matchIndicator, %s', (_name, form) => {
  /** `[figure as written, indicator]` for every figure of the snippet. */
  const matched = (text: string, years = 1) => snippetFacts(form(text), years).facts.map((e) => [e.fact.text, e.fact.indicator]);

  it('reads the noun a figure counts right before it, or after its measure word up to a verb', () => {
    expect(matched('全年新组建基层工会56家,为31个星级工会驿站发放运营补贴2.4万元。')).toEqual([
      ['56家', 'new-union-orgs'],
      ['31个', 'outdoor-worker-stations'],
      ['2.4万元', null],
    ]);
    expect(matched('推动1200家企业建立工会组织。')).toEqual([['1200家', 'new-union-orgs']]);
    expect(matched('在3.4万家“两新”组织中开展宣传。')).toEqual([['3.4万家', null]]);
  });

  it('reads a noun of the figure’s own after its measure word before any noun in front of it', () => {
    expect(matched('突出“建强基层工会”三个重点。')).toEqual([['三个', null]]);
    expect(matched('区总工会推动1860家企业开展工资集体协商。')).toEqual([['1860家', 'contract-covered-firms']]);
  });

  it('does not let a topic word reach past another figure of the same sort in another clause', () => {
    expect(matched('完成企业工资集体协商120家,评选星级创建企业36家。')).toEqual([
      ['120家', null],
      ['36家', null],
    ]);
  });

  it('takes the head of the noun phrase: a word further from the figure is only a modifier', () => {
    expect(matched('评选市级“职工之家”示范点12家。')).toEqual([['12家', 'labour-honours-collectives']]);
    expect(matched('各级职工书屋218家。')).toEqual([['218家', 'workers-bookhouses']]);
  });

  it('gives a figure that names no noun the noun of the figure before it', () => {
    expect(matched('今年新建户外劳动者服务站点12个,全市累计建成156个。')).toEqual([
      ['12个', 'outdoor-worker-stations-new'],
      ['156个', 'outdoor-worker-stations'],
    ]);
    expect(matched('全县现有职工书屋41家,其中年内新建6家。')).toEqual([
      ['41家', 'workers-bookhouses'],
      ['6家', 'workers-bookhouses-new'],
    ]);
  });

  it('lets the activity word nearest the figure decide, within its clause before its segment', () => {
    expect(matched('推动9家企业720名职工参加医疗互助保障,为5家企业310名女职工提供免费“两癌”筛查。')).toEqual([
      ['9家', null],
      ['720名', 'medical-mutual-aid'],
      ['5家', null],
      ['310名', 'cancer-screening'],
    ]);
  });

  it('keeps each item of a list to its own noun', () => {
    expect(matched('春节期间走访慰问困难职工318户、一线环卫工人和劳动模范1260人。')).toEqual([
      ['318户', 'needy-workers-helped-households'],
      ['1260人', 'workers-visited-persons'],
    ]);
  });

  it('reads a `not` word joined to the deciding word, or in the figure’s own item, as another activity', () => {
    expect(matched('组织“安康杯”竞赛活动,全县86家企业、1.2万名职工参与。')[1]).toEqual(['1.2万名', null]);
    expect(matched('为女职工开展“两癌”筛查体检540人。')).toEqual([['540人', 'cancer-screening']]);
    expect(matched('组织工会知识竞赛,16支代表队48名选手同台竞技。')[1]).toEqual(['48名', null]);
  });

  it('asks for the indicator’s action: honours need a naming verb, new builds a verb of building', () => {
    expect(matched('8名职工获评省劳动模范,组织26名劳模赴外地疗休养。')).toEqual([
      ['8名', 'model-workers'],
      ['26名', 'recuperation'],
    ]);
    expect(matched('走访基层工会40家。')).toEqual([['40家', null]]);
  });

  it('lets an earlier sentence name what a count of participants took part in, and nothing else', () => {
    expect(matched('4月,全县电工技能大赛在开发区举行。来自18家企业的96名选手同台竞技。')[1]).toEqual(['96名', 'competition-participants']);
    expect(matched('4月,全县电工技能大赛在开发区举行。全年为410名职工办理了会员服务卡。')).toEqual([['410名', null]]);
  });

  it("never lets an earlier sentence assign an indicator that the figure's own words do not support", () => {
    // The earlier sentence is about dispute handling, the figure counts contestants: no indicator of disputes.
    expect(matched('县总工会联合司法局开展劳动争议调解工作。各代表队54名选手同台竞技。')).toEqual([['54名', null]]);
    // The same earlier sentence, and a figure of people only its sentence names: no indicator either.
    expect(matched('县总工会联合司法局开展劳动争议调解工作。全年共有120名职工参加。')).toEqual([['120名', null]]);
  });

  it('reads honours that "emerged" (涌现出) in the period as honours, the whole list after the word', () => {
    expect(matched('五年来,全县涌现出全国劳动模范和先进工作者3名、省劳动模范和先进工作者21名。')).toEqual([
      ['3名', 'model-workers'],
      ['21名', 'model-workers'],
    ]);
  });

  it('counts new skilled talents as workers who raised their skills, whatever else the sentence names', () => {
    expect(matched('五年来,全市新增技能人才3.2万名,每年开展各类竞赛500余场。')[0]).toEqual(['3.2万名', 'skills-upgraded']);
  });

  it('ends a list item at an ellipsis, so the words after it are not what the figure counts', () => {
    expect(matched('五年来,全省净增会员12.6万人……一组组数据令人振奋。')).toEqual([['12.6万人', 'members-net-growth']]);
  });

  it("reads a list item's own noun, never the noun of the item before it", () => {
    expect(matched('走访慰问困难职工320户、抗洪抢险人员1260人。')).toEqual([
      ['320户', 'needy-workers-helped-households'],
      ['1260人', 'workers-visited-persons'],
    ]);
  });

  it("leaves the noun that trails an earlier item's figure to that item", () => {
    expect(matched('春节期间,县总工会对120户困难职工、6名全国劳动模范、40名省级劳动模范进行走访慰问。')).toEqual([
      ['120户', 'needy-workers-helped-households'],
      ['6名', 'workers-visited-persons'],
      ['40名', 'workers-visited-persons'],
    ]);
  });

  it('compares no count of the staff and teams the union formed or hired to do its work', () => {
    expect(matched('签约2名专业律师为职工提供法律援助。')).toEqual([['2名', null]]);
    expect(matched('组建宣讲队伍120人,深入企业开展宣讲。')[0]).toEqual(['120人', null]);
    // People the staff helped are what the figure counts.
    expect(matched('律师团队帮助120名职工讨回欠薪56万元。')[0]![1]).not.toBeNull();
    // The union's own officers who led a visit are not the workers visited.
    expect(matched('春节前,由工会主席和4位副主席分别带队,走访慰问困难职工120户。')[0]).toEqual(['4位', null]);
  });

  it('leaves a word of a later clause to the figure that clause gives', () => {
    expect(matched('推荐申报省级文明单位2家,市级巾帼文明岗15家。')).toEqual([
      ['2家', null],
      ['15家', 'labour-honours-collectives'],
    ]);
    // With no figure of its own, the later clause still speaks for the figure before it (as a
    // candidate: a word of another clause is weak evidence, strength.ts).
    const alone = snippetFacts(form('推荐申报省级文明单位2家,其他单位开展巾帼文明岗创建活动。')).facts[0]!.fact;
    expect([alone.indicator ?? alone.candidate]).toEqual(['labour-honours-collectives']);
  });

  it("leaves a word said of an earlier clause's figure to that figure", () => {
    expect(matched('全市3人荣获全国技术能手称号,27人获评市级优秀青年职工。')).toEqual([
      ['3人', 'craftsmen'],
      ['27人', null],
    ]);
    // A word with a figure after it in its own clause heads that figure, not the one before it.
    expect(matched('推动3个行业签订工资集体协议5份,覆盖企业80家。').at(-1)).toEqual(['80家', 'contract-covered-firms']);
  });

  it("compares no count of other people's children as workers in hardship, nor the federation's own resident unions as base unions", () => {
    expect(matched('六一期间,看望慰问困难职工子女和留守儿童共150人。')).toEqual([['150人', null]]);
    expect(matched('金秋助学资助困难职工子女150人。')).toEqual([['150人', 'needy-workers-helped']]);
    expect(matched('省总工会设6个驻会产业工会。')).toEqual([['6个', null]]);
  });

  it("compares no count of people from beyond the report's own area", () => {
    // The snippet is a county's report: people from the whole province came from elsewhere.
    expect(matched('县总工会举办护理技能大赛,来自全省各地的37名选手同台竞技。')).toEqual([['37名', null]]);
    expect(matched('县总工会举办护理技能大赛,来自全县各医院的37名选手同台竞技。')).toEqual([['37名', 'competition-participants']]);
  });

  it('compares no page views, plans, baselines or size classes', () => {
    expect(matched('推送工作信息130条,浏览2.6万次。')).toEqual([
      ['130条', null],
      ['2.6万次', null],
    ]);
    expect(matched('明年计划新建职工书屋20家。')).toEqual([['20家', null]]);
    expect(matched('下一年,县总工会将确保剩余80户困难职工全部解困脱困。')).toEqual([['80户', null]]);
    expect(matched('工会会员总数由2019年的6.2万人增至7.9万人。').map(([, i]) => i)).toEqual([null, 'union-members']);
    expect(matched('100人以上企业建会率达到95%。')).toEqual([
      ['100人以上', null],
      ['95%', null],
    ]);
  });

  it('reads yearly figures as yearly values of flows, never as stocks', () => {
    const { facts } = snippetFacts(form('五年来,每年举办各类职工技能竞赛1800余场,吸引职工40万人次参与。'), 5);
    expect(facts.map((e) => [e.fact.indicator, e.fact.kind, e.fact.perYear])).toEqual([
      ['skills-competitions', 'per-unit', 1800],
      ['competition-participants-person-times', 'per-unit', 400000],
    ]);
  });
});

describe('actionsIn', () => {
  it('reads whole words, so a recipient is not the act of receiving', () => {
    expect([...actionsIn('新建职工书屋', taxonomy)]).toEqual(['new']);
    expect([...actionsIn('五一劳动奖章获得者', taxonomy)]).toEqual(['not-an-action']);
    expect([...actionsIn('获得五一劳动奖章', taxonomy)]).toEqual(['honour']);
  });
});

describe('explainMatch', () => {
  const entry: CatalogEntry = { id: 'snippet', file: 'snippet.txt', region: { id: 'snippet', name: '某县', level: 'county' }, period: { start: 2024, end: 2024, years: 1 } };
  const explain = (text: string) => snippetFacts(text).facts.map((e) => explainMatch(figureOf(entry, e), e.evidence, taxonomy));

  it("names the winner's deciding word, and the next indicators' scores below it", () => {
    const [why] = explain('全年新建职工书屋12家。');
    expect(why!.winner?.id).toBe('workers-bookhouses-new');
    expect(why!.verdicts[0]!.indicator.id).toBe('workers-bookhouses-new');
    expect(why!.verdicts[0]!.verdict.why).toBe('its noun 书屋');
    const scores = why!.verdicts.map((v) => v.verdict.score).filter((s) => s !== null);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('says which rule set a figure aside, or why each indicator of its measure word lost', () => {
    expect(explain('明年计划新建职工书屋20家。')[0]!.notComparable).toBe('it is a plan');
    const [none] = explain('全年为410名职工办理了会员服务卡。');
    expect(none!.winner).toBeNull();
    const lost = none!.verdicts.find((v) => v.indicator.id === 'new-members')!;
    expect(lost.verdict).toEqual({ score: null, why: expect.stringMatching(/action "new"|nouns/), check: expect.any(Number) });
  });
});
