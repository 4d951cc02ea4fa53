import { describe, expect, it } from 'vitest';
import type { NounReading, TopicReading } from '../../scripts/facts/match-indicator.ts';
import { gradeReading, type MatchReading, STRENGTH_CASES } from '../../scripts/facts/strength.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { snippetFacts } from '../helpers/snippet-facts.ts';

const noun = (place: NounReading['place']): NounReading => ({ score: 100, word: '职工书屋', place, borrowed: false });
const topic = (level: TopicReading['level']): TopicReading => ({ score: 60, word: '宣讲', level });
const reading = (r: Partial<MatchReading>): MatchReading => ({ noun: null, topic: null, takingPart: false, ownNoun: null, ...r });

describe('gradeReading: the table of strength cases', () => {
  it.each<[string, Partial<MatchReading>, string, 'strong' | 'weak']>([
    ['a noun heading the figure’s own phrase', { noun: noun('before') }, 'own-noun', 'strong'],
    ['the head of the phrase after the measure word', { noun: noun('head') }, 'own-noun', 'strong'],
    ['a noun opening the phrase after the measure word', { noun: noun('first') }, 'own-clause', 'strong'],
    ['an activity word in the figure’s own clause', { topic: topic('clause') }, 'own-clause', 'strong'],
    ['a neighbouring clause, for people taking part', { topic: topic('segment'), takingPart: true }, 'taking-part', 'strong'],
    ['an earlier sentence, for people taking part', { topic: topic('earlier'), takingPart: true }, 'taking-part', 'strong'],
    ['a neighbouring clause, the figure naming nothing of its own', { topic: topic('segment') }, 'neighbour-speaks', 'strong'],
    ['a neighbouring clause, the figure naming something else', { topic: topic('segment'), ownNoun: '副主席' }, 'neighbour-only', 'weak'],
    ['an earlier sentence only', { topic: topic('earlier') }, 'outside-only', 'weak'],
    ['a heading only', { topic: topic('heading') }, 'outside-only', 'weak'],
  ])('%s', (_what, r, name, strength) => {
    const grade = gradeReading(reading(r));
    expect(grade).toMatchObject({ case: name, strength });
    expect(grade.reason).not.toBe('');
    expect(grade.zh).not.toBe('');
  });

  it('names the words that decided in its reasons', () => {
    const grade = gradeReading(reading({ topic: topic('segment'), ownNoun: '副主席' }));
    expect(grade.reason).toContain('宣讲');
    expect(grade.zh).toContain('副主席');
  });

  it('has a case for every reading: the last one applies to all', () => {
    expect(STRENGTH_CASES.at(-1)!.applies(reading({}))).toBe(true);
    expect(new Set(STRENGTH_CASES.map((c) => c.name)).size).toBe(STRENGTH_CASES.length);
  });
});

describe.each(PUNCTUATION_FORMS)('strength in the pipeline, %s', (_name, form) => {
  /** `[figure, indicator, candidate]` for every figure of the snippet. */
  const read = (text: string) => snippetFacts(form(text)).facts.map((e) => [e.fact.text, e.fact.indicator, e.fact.candidate]);

  it('charts a figure whose own words only say how far the activity before it reached', () => {
    expect(read('举办职工篮球赛、健步走等文体活动30场,覆盖职工5000余人次。')).toEqual([
      ['30场', 'cultural-sports-events', null],
      ['5000余人次', 'cultural-sports-participants', null],
    ]);
    expect(read('开展送法进企业活动40场,为1200名职工挽回经济损失。')[1]).toEqual(['1200名', 'legal-outreach-reach-persons', null]);
    expect(read('开展夏送清凉活动,区总工会投入12万元。')).toEqual([['12万元', 'aid-funds', null]]);
    expect(read('开展送法进工地活动20场,服务农民工1200人次。')[1]).toEqual(['1200人次', 'legal-outreach-reach', null]);
  });

  it('keeps a figure whose own words name something else as a candidate only, with the reason', () => {
    const { facts, values } = snippetFacts(form('举办职工篮球赛、健步走等文体活动30场,6名教师获评市级骨干。'));
    const six = facts[1]!.fact;
    expect([six.indicator, six.candidate]).toEqual([null, 'cultural-sports-participants-persons']);
    expect(six.candidateReason).toContain('教师');
    expect(values.map((v) => v.indicator)).toEqual(['cultural-sports-events']);
    expect(read('春节前开展送温暖活动,慰问困难职工120户,2名记者随行采访。')[1]).toEqual(['2名', null, 'needy-workers-helped']);
    // The union's own officers are staff (content/indicators.yaml `staff`): not even a candidate.
    expect(read('春节前开展送温暖活动,慰问困难职工120户,由主席和2位副主席分别带队。')[1]).toEqual(['2位', null, null]);
    expect(read('开展送法进工地活动20场,帮助农民工1200人次实现就业。')[1]).toEqual(['1200人次', null, 'legal-outreach-reach']);
  });

  it('reads a list item with no words of its own by the words of the item before it', () => {
    expect(read('开展主题宣讲活动58场次,覆盖职工6300人次、3800人。')[2]).toEqual(['3800人', 'ideology-reach-persons', null]);
    const { facts } = snippetFacts(form('开展主题宣讲活动58场次,培训骨干6300人次、3800人。'));
    expect([facts[2]!.fact.indicator, facts[2]!.fact.candidate]).toEqual([null, 'ideology-reach-persons']);
    expect(facts[2]!.fact.candidateReason).toContain('培训骨干');
  });

  it('charts people taking part whose activity a neighbouring clause names', () => {
    expect(read('举办职工篮球赛等文体活动30场,12名选手同台竞技。')[1]).toEqual(['12名', 'cultural-sports-participants-persons', null]);
  });
});
