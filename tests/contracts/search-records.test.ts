import { describe, expect, it } from 'vitest';
import { BLOCK_OVERLAP, BLOCK_STEP, TEXT_FILE_BUDGET, blockFile, blockOf, blockRange, blockUnitsFor, readBlockFile, readCatalog, searchCatalog } from '../../src/contracts/search-records.ts';

describe('blockUnitsFor', () => {
  it('keeps the smallest blocks while the collection fits the text-file budget in them', () => {
    expect(blockUnitsFor(0)).toBe(BLOCK_STEP);
    expect(blockUnitsFor(BLOCK_STEP * TEXT_FILE_BUDGET)).toBe(BLOCK_STEP);
  });

  it('takes the next multiple of the step once it would not, so the files stay within the budget', () => {
    expect(blockUnitsFor(BLOCK_STEP * TEXT_FILE_BUDGET + 1)).toBe(BLOCK_STEP * 2);
    for (const units of [1e6, 3.4e6, 1.2e7]) {
      const size = blockUnitsFor(units);
      expect(size % BLOCK_STEP).toBe(0);
      expect(Math.ceil(units / size)).toBeLessThanOrEqual(TEXT_FILE_BUDGET);
      expect(Math.ceil(units / (size - BLOCK_STEP))).toBeGreaterThan(size === BLOCK_STEP ? 0 : TEXT_FILE_BUDGET);
    }
  });
});

describe('blocks', () => {
  it('places a location in the block of the size given, each block overlapping its neighbours', () => {
    expect(blockOf(BLOCK_STEP * 2 - 1, BLOCK_STEP)).toBe(1);
    expect(blockOf(BLOCK_STEP * 2 - 1, BLOCK_STEP * 2)).toBe(0);
    expect(blockRange(0, 800)).toEqual({ from: 0, to: 800 + BLOCK_OVERLAP });
    expect(blockRange(2, 800)).toEqual({ from: 1600 - BLOCK_OVERLAP, to: 2400 + BLOCK_OVERLAP });
  });

  it('carries the report’s heading and outline in every block file', () => {
    const heading = { title: '某县总工会工作报告', region: '某县', period: { start: 2025, end: 2025, years: 1 }, sections: [['s1', '一、维权', 12] as [string, string, number]] };
    expect(readBlockFile(blockFile(heading, '正文\n第二行'))).toEqual({ heading, text: '正文\n第二行' });
  });

  it('writes the block size into the catalog beside the reports', () => {
    const catalog = searchCatalog([{ record: 'r1', id: 'a-2025', region: '某县', themes: ['rights'] }], 1200);
    expect(catalog.blockUnits).toBe(1200);
    expect(readCatalog(catalog).get('r1')).toEqual({ record: 'r1', id: 'a-2025', region: '某县', themes: ['rights'] });
  });
});
