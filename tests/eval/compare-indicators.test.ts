import { describe, expect, it } from 'vitest';
import { compareIndicators, type GoldValue } from '../../scripts/eval/compare-indicators.ts';
import type { MachineValue } from '../../src/contracts/indicator.ts';

const UNIT_CLASSES = { persons: { units: ['人', '名'] }, organisations: { units: ['家', '个'] }, events: { units: ['场'] } };

const gold = (report: string, indicator: string, value: number | null, unit = '人', alt?: number[]): GoldValue => ({
  report,
  indicator,
  value,
  unit,
  kind: 'flow',
  qualifier: 'exact',
  sentences: [],
  note: '',
  ...(alt ? { alt } : {}),
});

const ours = (report: string, indicator: string, value: number | null, unitClass = 'persons', uncertain = false): MachineValue => ({
  indicator,
  report,
  region: report,
  value,
  perYear: null,
  unit: '人',
  unitClass,
  qualifier: 'exact',
  kind: 'flow',
  uncertain,
  facts: [`${report}-f001`],
});

const compare = (g: GoldValue[], v: MachineValue[], complete = true) => compareIndicators(g, v, UNIT_CLASSES, { complete });

describe('compareIndicators', () => {
  it('counts a gold value we do not chart as missed, and nothing as wrong', () => {
    const c = compare([gold('r1', 'new-members', 1162)], []);
    expect(c.scores).toEqual({ gold: 1, charted: 0, right: 0, precision: 1, recall: 0 });
    expect(c.missed.map((m) => [m.gold.indicator, m.ours])).toEqual([['new-members', null]]);
    expect(c.wrong).toEqual([]);
  });

  it('counts a value given but not charted (empty or uncertain) as missed, not as charted', () => {
    const c = compare([gold('r1', 'new-members', 1162), gold('r1', 'union-members', 5000)], [ours('r1', 'new-members', null), ours('r1', 'union-members', 5000, 'persons', true)]);
    expect(c.scores).toMatchObject({ charted: 0, right: 0, recall: 0 });
    expect(c.missed.map((m) => m.ours?.indicator)).toEqual(['new-members', 'union-members']);
  });

  it('counts a charted value without a gold line as wrong, in a complete gold', () => {
    const c = compare([gold('r1', 'new-members', 1162)], [ours('r1', 'new-members', 1162), ours('r1', 'dispute-workers', 56)]);
    expect(c.scores).toEqual({ gold: 1, charted: 2, right: 1, precision: 0.5, recall: 1 });
    expect(c.wrong.map((w) => [w.ours.indicator, w.reason, w.gold])).toEqual([['dispute-workers', 'unlisted', null]]);
  });

  it('counts a value listed for another report only as unlisted', () => {
    const c = compare([gold('r1', 'new-members', 1162)], [ours('r2', 'new-members', 1162)]);
    expect(c.wrong.map((w) => w.reason)).toEqual(['unlisted']);
    expect(c.scores.recall).toBe(0);
  });

  it('counts a value charted where the gold says the report gives none as wrong, and the null line in neither total', () => {
    const c = compare([gold('r1', 'skills-competitions', null, '场')], [ours('r1', 'skills-competitions', 12, 'events')]);
    expect(c.scores).toEqual({ gold: 0, charted: 1, right: 0, precision: 0, recall: 1 });
    expect(c.wrong.map((w) => w.reason)).toEqual(['none']);
    expect(c.missed).toEqual([]);
  });

  it('takes a value within the tolerance (0.5%) of the gold or of an alt reading, and no further', () => {
    const c = compare(
      [gold('r1', 'a', 1000), gold('r1', 'b', 1000), gold('r1', 'c', 290, '人', [210])],
      [ours('r1', 'a', 1005), ours('r1', 'b', 1006), ours('r1', 'c', 210)],
    );
    expect(c.right.map((r) => r.ours.indicator)).toEqual(['a', 'c']);
    expect(c.wrong.map((w) => [w.ours.indicator, w.reason])).toEqual([['b', 'value']]);
    expect(c.missed.map((m) => m.gold.indicator)).toEqual(['b']);
    expect(c.scores).toMatchObject({ charted: 3, right: 2, gold: 3 });
  });

  it('scores a twin as its own indicator: the flow charted where the gold gives the stock is wrong and the stock missed', () => {
    const c = compare([gold('r1', 'workers-bookhouses', 338, '个')], [ours('r1', 'workers-bookhouses-new', 338, 'organisations')]);
    expect(c.wrong.map((w) => w.reason)).toEqual(['unlisted']);
    expect(c.missed.map((m) => m.gold.indicator)).toEqual(['workers-bookhouses']);
  });

  it('counts the right value in another unit class as wrong', () => {
    const c = compare([gold('r1', 'new-union-orgs', 104, '家')], [ours('r1', 'new-union-orgs', 104, 'persons')]);
    expect(c.wrong.map((w) => w.reason)).toEqual(['unit']);
    expect(c.scores.right).toBe(0);
  });

  it('lets one gold line accept one value only', () => {
    const c = compare([gold('r1', 'a', 10)], [ours('r1', 'a', 10), ours('r1', 'a', 10)]);
    expect(c.scores).toMatchObject({ charted: 2, right: 1 });
    expect(c.wrong.map((w) => w.reason)).toEqual(['value']);
  });

  it('leaves indicators an incomplete gold never names unscored, and still scores the ones it names', () => {
    const c = compare([gold('r1', 'a', 10)], [ours('r1', 'a', 10), ours('r2', 'a', 7), ours('r1', 'b', 3)], false);
    expect(c.scores).toMatchObject({ charted: 2, right: 1, precision: 0.5 });
    expect(c.wrong.map((w) => [w.ours.report, w.reason])).toEqual([['r2', 'unlisted']]);
    expect(c.unjudged.map((v) => v.indicator)).toEqual(['b']);
  });
});
