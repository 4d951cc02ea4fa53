import { describe, expect, it } from 'vitest';
import { reportBundles } from '../../scripts/search/report-bundles.ts';

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `region-${from + i}-2025`);
const members = (bundles: ReturnType<typeof reportBundles>) => new Map(bundles.map((b) => [b.folder, [...b.reports].sort()]));

describe('reportBundles', () => {
  it('keeps a collection that fits in one bundle, in the order given', () => {
    expect(reportBundles(['b', 'a', 'c'], 3)).toEqual([{ folder: 'reports', reports: ['b', 'a', 'c'] }]);
    expect(reportBundles([], 3)).toEqual([]);
  });

  it('splits a larger one into bundles of at most the size, every report in exactly one', () => {
    const reports = ids(1000);
    const bundles = reportBundles(reports, 100);
    expect(bundles.length).toBeGreaterThanOrEqual(10);
    for (const b of bundles) {
      expect(b.reports.length).toBeGreaterThan(0);
      expect(b.reports.length).toBeLessThanOrEqual(100);
      expect(b.folder).toMatch(/^reports-[01]+$/);
    }
    expect(bundles.flatMap((b) => b.reports).sort()).toEqual([...reports].sort());
    expect(new Set(bundles.map((b) => b.folder)).size).toBe(bundles.length);
    // A split halves by hash, so bundles stay near the size rather than shrinking to crumbs.
    expect(bundles.length).toBeLessThan(40);
  });

  it('puts a report in the same bundle whatever order the reports come in', () => {
    const reports = ids(300);
    expect(members(reportBundles([...reports].reverse(), 50))).toEqual(members(reportBundles(reports, 50)));
  });

  it('changes only the bundle a new or removed report falls in, so the others can be reused', () => {
    const reports = ids(300);
    const before = members(reportBundles(reports, 50));
    for (const added of ['new-region-2026', 'region-7-2026', '另一地区-2024']) {
      const after = members(reportBundles([...reports, added], 50));
      const changed = [...after].filter(([folder, list]) => JSON.stringify(before.get(folder)) !== JSON.stringify(list));
      // The one holding it, or the two it split into; every other bundle is as it was.
      expect(changed.length, added).toBeGreaterThanOrEqual(1);
      expect(changed.length, added).toBeLessThanOrEqual(2);
      expect(changed.flatMap(([, list]) => list), added).toContain(added);
      const unchanged = [...after].filter(([folder]) => !changed.some(([f]) => f === folder));
      expect(unchanged.length, added).toBeGreaterThanOrEqual(before.size - 1);
    }
    const removed = members(reportBundles(reports.slice(1), 50));
    expect([...removed].filter(([folder, list]) => JSON.stringify(before.get(folder)) !== JSON.stringify(list)).length).toBeLessThanOrEqual(1);
  });

  it('refuses a bundle size that is not a whole number of reports', () => {
    expect(() => reportBundles(ids(3), 0)).toThrow(/0 reports per bundle/);
    expect(() => reportBundles(ids(3), 1.5)).toThrow(/1\.5 reports per bundle/);
  });
});
