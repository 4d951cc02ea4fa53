import { describe, expect, it } from 'vitest';
import { pairsOfRegion, regionPairs, regionReports, reversedPairs } from '../../src/lib/data/region-pairs.ts';
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

describe('regionPairs in a large corpus', () => {
  it('pairs each region with the next two of its level and province, growing linearly', () => {
    const reports = Array.from({ length: 40 }, (_, i) =>
      frontmatter(`r${i}-2025`, i, `r${i}`, `样本${i}县`, [2025, 2025], {
        region: { id: `r${i}`, name: `样本${i}县`, level: i % 2 ? 'county' : 'district', province: `省${i % 4}` },
      }),
    );
    const pairs = regionPairs(reports);
    expect(pairs.length).toBeLessThanOrEqual(2 * reports.length);
    expect(pairs.slice(0, 2).map((p) => p.slug)).toEqual(['r0-vs-r4', 'r0-vs-r8']);
    for (const p of pairs) {
      expect(p.a.region.level).toBe(p.b.region.level);
      expect(p.a.region.province).toBe(p.b.region.province);
    }
  });
});

describe('reversedPairs', () => {
  it('gives each pair page the address with its regions the other way round', () => {
    const pairs = regionPairs([CHANGLI, KUITUN, CHENGZHONG]);
    expect(reversedPairs(pairs).map((r) => [r.slug, r.pair.slug])).toEqual([
      ['chengzhong-vs-kuitun', 'kuitun-vs-chengzhong'],
      ['changli-vs-kuitun', 'kuitun-vs-changli'],
      ['changli-vs-chengzhong', 'chengzhong-vs-changli'],
    ]);
  });

  it('never gives an address that is itself a pair page', () => {
    const pairs = regionPairs([CHANGLI, KUITUN, CHENGZHONG, XINJIANG]);
    const pages = new Set(pairs.map((p) => p.slug));
    expect(reversedPairs(pairs).filter((r) => pages.has(r.slug))).toEqual([]);
  });
});

describe('pairsOfRegion', () => {
  it('lists the pair pages a region takes part in, with the other region of each', () => {
    const pairs = regionPairs([CHANGLI, KUITUN, CHENGZHONG, XINJIANG]);
    expect(pairsOfRegion(pairs, 'changli').map(({ pair, other }) => [pair.slug, other.region.id])).toEqual([
      ['kuitun-vs-changli', 'kuitun'],
      ['xinjiang-vs-changli', 'xinjiang'],
      ['chengzhong-vs-changli', 'chengzhong'],
    ]);
    expect(pairsOfRegion(pairs, 'nowhere')).toEqual([]);
  });
});
