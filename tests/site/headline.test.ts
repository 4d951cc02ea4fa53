import { describe, expect, it } from 'vitest';
import { headlineIndicators } from '../../src/lib/data/headline.ts';
import type { Indicator } from '../../src/contracts/indicator.ts';
import { CHANGLI, CHENGZHONG, KUITUN, value } from '../helpers/frontmatter.ts';

const ind = (id: string) => ({ id }) as Indicator;

describe('headlineIndicators', () => {
  it('leads with the indicators most reports give, never one only a single report has', () => {
    const values = [
      value('a', KUITUN, {}), value('a', CHANGLI, {}),
      value('b', KUITUN, {}), value('b', CHANGLI, {}), value('b', CHENGZHONG, {}),
      value('c', KUITUN, {}),
      value('d', KUITUN, {}), value('d', CHENGZHONG, {}),
    ];
    expect(headlineIndicators([ind('a'), ind('b'), ind('c'), ind('d')], values, 3).map((i) => i.id)).toEqual(['b', 'a', 'd']);
  });
});
