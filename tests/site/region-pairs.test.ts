import { describe, expect, it } from 'vitest';
import { regionPairs, regionReports } from '../../src/lib/region-pairs.ts';
import { CHANGLI, CHENGZHONG, KUITUN, XINJIANG, frontmatter } from '../helpers/frontmatter.ts';

describe('regionPairs', () => {
  it('pairs every region once, in catalog order', () => {
    expect(regionPairs([CHANGLI, KUITUN, CHENGZHONG, XINJIANG]).map((p) => p.slug)).toEqual([
      'kuitun-vs-xinjiang', 'kuitun-vs-chengzhong', 'kuitun-vs-changli',
      'xinjiang-vs-chengzhong', 'xinjiang-vs-changli', 'chengzhong-vs-changli',
    ]);
  });

  it('lets a region’s latest report speak for it, keeping the region’s first place', () => {
    const older = frontmatter('kuitun-2024', 0, 'kuitun', '奎屯', [2024, 2024]);
    const newer = { ...KUITUN, order: 4 };
    expect(regionReports([older, XINJIANG, newer]).map((r) => r.id)).toEqual(['kuitun-2025', 'xinjiang-2018-2023']);
  });
});
