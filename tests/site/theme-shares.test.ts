import { describe, expect, it } from 'vitest';
import { themeShares } from '../../src/lib/data/theme-shares.ts';
import type { Fact } from '../../src/contracts/fact.ts';
import { KUITUN } from '../helpers/frontmatter.ts';

const fact = (theme: Fact['theme']) => ({ report: 'kuitun-2025', theme }) as Fact;

describe('themeShares', () => {
  it('gives each report’s shares of facts and text over the themes it or others touch', () => {
    const report = { ...KUITUN, themeText: { ...KUITUN.themeText, rights: 300, venues: 100 } };
    const shares = themeShares([report], [fact('rights'), fact('rights'), fact('welfare')]);
    expect(shares.themes).toEqual(['rights', 'welfare', 'venues']);
    expect(shares.rows[0]!.facts).toEqual([2 / 3, 1 / 3, 0]);
    expect(shares.rows[0]!.text).toEqual([0.75, 0, 0.25]);
  });
});
