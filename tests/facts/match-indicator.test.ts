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

  it('ends the noun phrase after a measure word at a verb of forming (形成), so its head is what is counted', () => {
    expect(matched('25个市级工匠创新工作室形成了联动机制。')).toEqual([['25个', 'model-worker-studios']]);
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
    expect(matched('五年来,全区先后涌现出省部级以上劳动模范和先进工作者2名、市级劳动模范和先进工作者15名。')).toEqual([
      ['2名', 'model-workers'],
      ['15名', 'model-workers'],
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
    expect(matched('元旦前后,区总工会对90户困难职工、5名全国劳动模范、30名省级劳动模范开展走访慰问。')).toEqual([
      ['90户', 'needy-workers-helped-households'],
      ['5名', 'workers-visited-persons'],
      ['30名', 'workers-visited-persons'],
    ]);
  });

  it('reads a net increase of unions as new unions, and of members as net growth, not new members', () => {
    expect(matched('全市净增工会组织86个、会员5300人。')).toEqual([
      ['86个', 'new-union-orgs'],
      ['5300人', 'members-net-growth'],
    ]);
  });

  it('reads lifting households out of hardship and converting innovations as done in the period, after a total on file', () => {
    expect(matched('在册困难职工家庭520户,解困脱困498户。')).toEqual([
      ['520户', null],
      ['498户', 'needy-households-lifted'],
    ]);
    expect(matched('已建成劳模创新工作室40家,开展技术攻关,转化职工创新成果260余项。')).toEqual([
      ['40家', 'model-worker-studios'],
      ['260余项', 'innovation-results'],
    ]);
  });

  it('reads what a figure counts did from the verb after its noun phrase, past a total word that describes it', () => {
    expect(matched('五年来,全市已有3.6万名职工通过培训提升技能等级。', 5)).toEqual([['3.6万名', 'skills-upgraded']]);
    expect(matched('在册的1200户困难职工家庭已全部解困。')).toEqual([['1200户', 'needy-households-lifted']]);
    expect(matched('五年来,全县已有860名职工取得技能等级证书。', 5)).toEqual([['860名', 'skills-upgraded']]);
  });

  it('reads training migrant and jobless workers for work as skills training', () => {
    expect(matched('依托职业学校培训农民工460名。')).toEqual([['460名', 'skills-training-persons']]);
    expect(matched('开展再就业培训32期,培训1500人次。')[1]).toEqual(['1500人次', 'skills-training']);
  });

  it('reads folk festivities as cultural events, and the workers taking part in them as their participants', () => {
    expect(matched('中秋节期间举办民俗游艺活动12场,吸引职工2600余人次参与。')).toEqual([
      ['12场', 'cultural-sports-events'],
      ['2600余人次', 'cultural-sports-participants'],
    ]);
  });

  it('reads summer cooling goods brought to workers (防暑降温) as a visit to them', () => {
    expect(matched('高温期间,为环卫系统260名一线工人送去防暑降温用品。')).toEqual([['260名', 'workers-visited-persons']]);
  });

  it('reads medical costs paid for members as mutual-aid benefits', () => {
    expect(matched('职工住院医疗互助活动为1200名患病会员分担医疗费860万元。')[1]).toEqual(['860万元', 'mutual-aid-payouts']);
  });

  it('reads the workers taking part in quizzes among cultural events as their participants', () => {
    expect(matched('举办读书分享会、知识竞赛等活动15场,参与职工3200余人。')).toEqual([
      ['15场', 'cultural-sports-events'],
      ['3200余人', 'cultural-sports-participants-persons'],
    ]);
  });

  it('reads visits to venues as done in the period, after the totals of venues built', () => {
    expect(matched('全区已建成职工之家86家、户外劳动者驿站40个,服务阵地不断拓展,服务职工12万人次。').at(-1)).toEqual([
      '12万人次',
      'venue-visits',
    ]);
  });

  it('reads a figure past an as-of date: a statement that ends before the date says nothing of it, a noun before the date is its own', () => {
    expect(matched('区工会联合会1958年组建截至2024年底全区工会会员5.6万人。')).toEqual([['5.6万人', 'union-members']]);
    expect(matched('今年新建工会组织截至10月底已达86家。')).toEqual([['86家', 'new-union-orgs']]);
    expect(matched('镇工会联合会1985年成立截至2023年底有240个基层工会会员超过3万人。')).toEqual([
      ['240个', 'union-orgs'],
      ['超过3万人', 'union-members'],
    ]);
  });

  it('reads a not-word inside one of the indicator’s own words as that word (困难劳模 are helped, not named)', () => {
    expect(matched('春节前夕,看望困难职工、困难劳模215户。')).toEqual([['215户', 'needy-workers-helped-households']]);
  });

  it('reads the noun before a generic 活动 as what the figure counts', () => {
    expect(matched('组织岗位练兵和技术比武活动36项。')).toEqual([['36项', 'skills-competitions-items']]);
  });

  it('reads the total a number grew to (发展到, 增加到) as a total, not as something new', () => {
    expect(matched('全区基层工会组织发展到2360个,会员增加到18.6万人。')).toEqual([
      ['2360个', 'union-orgs'],
      ['18.6万人', 'union-members'],
    ]);
    expect(matched('工会会员由2019年的9.2万人增加到2024年的11.5万人。')).toEqual([
      ['9.2万人', null],
      ['11.5万人', 'union-members'],
    ]);
  });

  it('reads a count named with 数 after its noun (工会组织数) as that noun', () => {
    expect(matched('全镇工会组织数达到48个。')).toEqual([['48个', 'union-orgs']]);
  });

  it('leaves the noun right before the next figure of a run-on clause to that figure', () => {
    expect(matched('截至2024年底全县386个基层工会会员4.2万人。')).toEqual([
      ['386个', 'union-orgs'],
      ['4.2万人', 'union-members'],
    ]);
  });

  it('reads a list of those helped, headed by a word of hardship, as hardship help, whoever else it names', () => {
    expect(matched('全年救助困难职工、失业人员和困难劳模1380余名。')).toEqual([['1380余名', 'needy-workers-helped']]);
    expect(matched('全年救助困难职工、下岗职工和劳动模范420名。')).toEqual([['420名', 'needy-workers-helped']]);
    // A verb between the items ends the list: the last noun is the figure's own.
    expect(matched('帮扶困难职工后,慰问劳动模范42名。')).toEqual([['42名', 'workers-visited-persons']]);
  });

  it('counts workers moved into jobs (转移就业) under no indicator of help or visits', () => {
    expect(matched('春节期间慰问困难职工86户,全年转移就业农民工1200人。')).toEqual([
      ['86户', 'needy-workers-helped-households'],
      ['1200人', null],
    ]);
  });

  it('gives a list item without a noun of its own what the item before it counts, never a word beyond its clause', () => {
    expect(matched('评选省级和市级文明单位36个、210个,省级和市级工人先锋号12个、86个。')).toEqual([
      ['36个', null],
      ['210个', null],
      ['12个', 'labour-honours-collectives'],
      ['86个', 'labour-honours-collectives'],
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
    expect(matched('六一期间,帮扶救助留守儿童150人。')).toEqual([['150人', null]]);
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
    expect(lost.verdict).toEqual({
      score: null,
      case: expect.stringMatching(/^(?:no-action|no-noun)$/),
      why: expect.stringMatching(/action "new"|nouns/),
      check: expect.any(Number),
    });
  });
});
