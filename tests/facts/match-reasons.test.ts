import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import { explainMatch, type Verdict } from '../../scripts/facts/match-indicator.ts';
import { ABOUT_LEVELS, reject, REJECTIONS, total, weigh, WEIGHTS } from '../../scripts/facts/match-reasons.ts';
import { whyLines } from '../../scripts/facts/match-why.ts';
import { figureOf } from '../../scripts/facts/report-facts.ts';
import { snippetFacts, taxonomy } from '../helpers/snippet-facts.ts';

const entry: CatalogEntry = { id: 'snippet', file: 'snippet.txt', region: { id: 'snippet', name: '某县', level: 'county' }, period: { start: 2024, end: 2024, years: 1 } };
const explain = (text: string) => snippetFacts(text).facts.map((e) => explainMatch(figureOf(entry, e), e.evidence, taxonomy));
const why = (text: string) => snippetFacts(text).facts.map((e) => whyLines(figureOf(entry, e), e.evidence, taxonomy));
const names = (v: Verdict | undefined) => (v && v.score !== null ? v.weights.map((w) => w.name) : null);

describe('the weights of a score', () => {
  it('gives each weight a name, an amount and why in words', () => {
    for (const name of Object.keys(WEIGHTS) as Array<keyof typeof WEIGHTS>) {
      const w = weigh(name, 3);
      expect(w.name).toBe(name);
      expect(Number.isFinite(w.amount)).toBe(true);
      expect(w.why).not.toBe('');
    }
  });

  it('adds weights up in order, measures scaling those that measure something', () => {
    expect(weigh('noun-gap', 2).amount).toBe(-2);
    expect(weigh('phrase-length', 30).amount).toBe(weigh('phrase-length', 8).amount);
    expect(weigh('other-kind').amount).toBe(-1);
    expect(total([weigh('noun-before'), weigh('noun-gap', 2), weigh('noun-length', 4)])).toBe(100 - 2 + 0.1 * 4);
  });

  it('ranks the places of an activity word from the clause out to a heading', () => {
    const amounts = Object.values(ABOUT_LEVELS).map((l) => weigh(l.weight).amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it("lists a noun's weights when a noun decides", () => {
    const [won] = explain('全年新建职工书屋12家。')[0]!.verdicts;
    expect(names(won?.verdict)).toEqual(['noun-before', 'noun-length']);
    expect(won!.verdict.score).toBe(total(won!.verdict.score === null ? [] : won!.verdict.weights));
  });

  it("lists an activity word's weights, with the bonus when the indicator names both", () => {
    const [won] = explain('全市新就业形态会员1.2万人。')[0]!.verdicts;
    expect(won!.indicator.id).toBe('new-economy-members');
    expect(names(won?.verdict)).toEqual(['about-clause', 'distance', 'about-length', 'noun-and-about']);
    const [next] = explain('开展技术培训16场次,培训职工800余人次。')[1]!.verdicts;
    expect(names(next?.verdict)).toEqual(['about-segment', 'distance', 'about-length']);
  });

  it('makes every score the sum of its weights', () => {
    const texts = ['慰问困难职工318户、一线职工1260人。', '全年净增会员300人。', '全县新建职工之家达到20个。', '组织工会知识竞赛,16支代表队48名选手同台竞技。'];
    for (const { verdicts } of texts.flatMap(explain)) {
      for (const { verdict } of verdicts) if (verdict.score !== null) expect(verdict.score).toBe(total(verdict.weights));
    }
  });
});

describe('the cases that rule an indicator out', () => {
  it('names the case, its check and why, never a bare null', () => {
    const lost = explain('全年为410名职工办理了会员服务卡。')[0]!.verdicts;
    for (const { verdict } of lost) {
      expect(verdict.score).toBeNull();
      if (verdict.score === null) {
        expect(REJECTIONS[verdict.case].check).toBe(verdict.check);
        expect(verdict.why).not.toBe('');
      }
    }
    const bookhouses = explain('全年新建职工书屋12家。')[0]!.verdicts.find((v) => v.indicator.id === 'new-union-orgs')!;
    expect(bookhouses.verdict).toEqual(reject('not-word', '书屋'));
  });

  it('numbers the checks in the order score makes them', () => {
    const checks = Object.values(REJECTIONS).map((r) => r.check);
    expect(checks).toEqual([...checks].sort((a, b) => a - b));
    expect(reject('kind', 'yearly figure', 'stock').why).toBe('figure is a yearly figure, it counts a stock');
  });
});

describe('whyLines', () => {
  it("prints the winner's weights under its line, and those of the next", () => {
    const [, lines] = why('开展技术培训16场次,培训职工800余人次。');
    expect(lines![0]).toMatch(/^won {2}skills-training 60: its activity word 技术培训 in the sentence$/u);
    expect(lines!.slice(1, 4)).toEqual([
      "     +60 about-segment: its activity word stands in the figure's sentence",
      '     -0.013 distance: it stands 13 characters from the figure',
      '     +0.008 about-length: an activity word of 4 characters is more specific',
    ]);
    expect(lines![4]).toMatch(/^ {5}strong \(neighbour-speaks\)/u);
  });
});
