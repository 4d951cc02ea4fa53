import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/contracts/fact.ts';
import { unclassifiedFigures } from '../../src/lib/view/unclassified-figures.ts';
import { CHANGLI, KUITUN } from '../helpers/frontmatter.ts';

const fact = (id: string, report: string, rest: Partial<Fact>) => ({ id, report, indicator: null, candidate: null, ...rest }) as Fact;

describe('unclassifiedFigures', () => {
  it('lists, in the reports’ order, the reports with figures whose candidate is the indicator, each with those figures', () => {
    const facts = [
      fact('changli-2025-f003', CHANGLI.id, { candidate: 'aid-funds', candidateReason: '只有相邻分句提到“送温暖”' }),
      fact('kuitun-2025-f001', KUITUN.id, { indicator: 'aid-funds' }),
      fact('kuitun-2025-f004', KUITUN.id, { candidate: 'aid-funds', candidateReason: '只有前文提到“慰问”' }),
      fact('kuitun-2025-f007', KUITUN.id, { candidate: 'workers-visited', candidateReason: '只有前文提到“慰问”' }),
      fact('changli-2025-f009', CHANGLI.id, { candidate: 'aid-funds', candidateReason: '只有标题提到“帮扶”' }),
    ];
    const listed = unclassifiedFigures('aid-funds', [KUITUN, CHANGLI], facts);
    expect(listed.map(({ report, facts: mine }) => [report.id, mine.map((f) => f.id)])).toEqual([
      [KUITUN.id, ['kuitun-2025-f004']],
      [CHANGLI.id, ['changli-2025-f003', 'changli-2025-f009']],
    ]);
  });

  it('lists no report when every figure of the indicator was charted', () => {
    expect(unclassifiedFigures('aid-funds', [KUITUN], [fact('kuitun-2025-f001', KUITUN.id, { indicator: 'aid-funds' })])).toEqual([]);
  });
});
