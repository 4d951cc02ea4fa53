import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET_MB, memoryBudget, searchBesideSite } from '../../scripts/lib/memory-plan.ts';

describe('the memory budget', () => {
  it('is the default unless BUILD_MEMORY_MB gives whole megabytes', () => {
    expect(memoryBudget(undefined)).toBe(DEFAULT_BUDGET_MB);
    expect(memoryBudget('')).toBe(DEFAULT_BUDGET_MB);
    expect(memoryBudget('8192')).toBe(8192);
  });

  it('refuses anything else in one line naming the variable', () => {
    for (const bad of ['3 GB', '-1', '0', '1.5', '3e3', 'abc']) expect(() => memoryBudget(bad)).toThrow(/^BUILD_MEMORY_MB: ".*" is not a number of megabytes: /);
  });
});

describe('whether the search stage indexes the reports while Astro builds', () => {
  // Reports of about 20 KB of MDX, as in bench/synthetic-corpus.ts.
  const mdx = (reports: number) => reports * 20_000;

  it('does so for a small collection within the default budget', () => {
    expect(searchBesideSite(4, mdx(4), DEFAULT_BUDGET_MB)).toBe(true);
  });

  it('does not once the two together would pass the budget', () => {
    expect(searchBesideSite(4, mdx(4), 500)).toBe(false);
    // A thousand reports in bundles of about 250.
    expect(searchBesideSite(1000, mdx(270), DEFAULT_BUDGET_MB)).toBe(false);
    // Few reports, but long ones: the indexer holds a bundle's text.
    expect(searchBesideSite(50, 50 * 400_000, DEFAULT_BUDGET_MB)).toBe(false);
  });

  it('never allows more for a larger collection or a larger bundle', () => {
    let refused = 0;
    for (let reports = 1; reports <= 2000; reports += 37) {
      const bundle = mdx(Math.min(reports, 400));
      if (searchBesideSite(reports, bundle, DEFAULT_BUDGET_MB)) continue;
      refused++;
      expect(searchBesideSite(reports + 50, mdx(Math.min(reports + 50, 400)), DEFAULT_BUDGET_MB)).toBe(false);
      expect(searchBesideSite(reports, bundle + 100_000, DEFAULT_BUDGET_MB)).toBe(false);
    }
    expect(refused).toBeGreaterThan(0);
  });
});
