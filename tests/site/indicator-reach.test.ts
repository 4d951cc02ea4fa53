import { describe, expect, it } from 'vitest';
import { comparedIndicators, givenIndicators, reportsGiving, ungivenIndicators } from '../../src/lib/data/indicator-reach.ts';
import type { Indicator } from '../../src/contracts/indicator.ts';
import { CHANGLI, CHENGZHONG, KUITUN, value } from '../helpers/frontmatter.ts';

const ind = (id: string) => ({ id }) as Indicator;
const indicators = ['none', 'one', 'two', 'three'].map(ind);
const values = [
  value('one', KUITUN, {}),
  value('two', KUITUN, {}), value('two', CHANGLI, {}),
  value('three', KUITUN, {}), value('three', CHANGLI, {}), value('three', CHENGZHONG, {}),
];

describe('indicator reach', () => {
  it('counts the reports that give each indicator', () => {
    expect(Object.fromEntries(reportsGiving(values))).toEqual({ one: 1, two: 2, three: 3 });
  });
  it('gives a page to an indicator one report gives, none to one no report gives', () => {
    expect(givenIndicators(indicators, values).map((i) => i.id)).toEqual(['one', 'two', 'three']);
    expect(ungivenIndicators(indicators, values).map((i) => i.id)).toEqual(['none']);
  });
  it('counts as compared only what two or more reports give', () => {
    expect(comparedIndicators(indicators, values).map((i) => i.id)).toEqual(['two', 'three']);
  });
  it('counts a report once however many values it has for an indicator', () => {
    expect(comparedIndicators(indicators, [value('two', KUITUN, {}), value('two', KUITUN, {})])).toEqual([]);
  });
});
