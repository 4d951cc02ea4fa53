import { describe, expect, it } from 'vitest';
import { factById, findValue } from '../../src/lib/data/lookup.ts';
import type { Fact } from '../../src/contracts/fact.ts';
import { CHANGLI, KUITUN, value } from '../helpers/frontmatter.ts';

describe('lookup', () => {
  it('finds a figure by indicator and report, and nothing for a report that lacks it', () => {
    const values = [value('aid-funds', KUITUN, { value: 1330900 }), value('aid-funds', CHANGLI, { value: 437000 })];
    expect(findValue(values, 'aid-funds', CHANGLI.id)?.value).toBe(437000);
    expect(findValue(values, 'wage-arrears-recovered', CHANGLI.id)).toBeUndefined();
  });

  it('finds a fact by id and names a missing one', () => {
    const facts = [{ id: 'kuitun-2025-f001' }, { id: 'kuitun-2025-f002' }] as Fact[];
    expect(factById(facts, 'kuitun-2025-f002')).toBe(facts[1]);
    expect(() => factById(facts, 'kuitun-2025-f009')).toThrow('kuitun-2025-f009');
  });
});
