import { describe, expect, it } from 'vitest';
import { BLOCK_STEP, type CatalogReport, type ReportOutline } from '../../src/contracts/search-records.ts';
import {
  PAGE_SIZE,
  densestBlock,
  firstPages,
  narrowed,
  narrowingCounts,
  occurrences,
  pageParam,
  reportHits,
  sectionsHolding,
} from '../../src/lib/search/report-hits.ts';

const reports: CatalogReport[] = [
  { record: 'und_a', id: 'a-2024', region: '甲县', themes: ['rights', 'welfare'] },
  { record: 'und_b', id: 'b-2025', region: '乙市', themes: ['skills'] },
  { record: 'und_c', id: 'c-2025', region: '甲县', themes: ['rights'] },
];
const catalog = new Map(reports.map((r) => [r.record, r]));

describe('occurrences', () => {
  it('takes every location for a term of one token', () => {
    expect(occurrences([3, 4, 90], 1)).toEqual([3, 4, 90]);
  });

  it('takes the start of each run of as many locations as the term has tokens', () => {
    // Tokens of a two-token term at 10–11 and 40–41; a lone token at 70 is not the term.
    expect(occurrences([10, 11, 40, 41, 70], 2)).toEqual([10, 40]);
    expect(occurrences([5, 6, 7], 3)).toEqual([5]);
    expect(occurrences([], 2)).toEqual([]);
  });
});

describe('reportHits', () => {
  it('keeps the reports among the results in Pagefind’s order, leaving out listing pages', () => {
    const hits = reportHits(
      [
        { id: 'und_b', words: [4] },
        { id: 'und_page', words: [0] },
        { id: 'und_a', words: [1, 9] },
      ],
      catalog,
      [],
      1,
    );
    expect(hits.map((h) => [h.id, h.occurrences])).toEqual([
      ['b-2025', [4]],
      ['a-2024', [1, 9]],
    ]);
    expect(hits[0]).toMatchObject({ region: '乙市', themes: ['skills'] });
  });

  it('keeps only reports every exact phrase found', () => {
    const ranked = [
      { id: 'und_a', words: [1, 2] },
      { id: 'und_c', words: [7, 20] },
    ];
    expect(reportHits(ranked, catalog, [new Set(['und_a'])], 2).map((h) => h.id)).toEqual(['a-2024']);
    expect(reportHits(ranked, catalog, [new Set(['und_a', 'und_c']), new Set(['und_c'])], 2).map((h) => h.id)).toEqual(['c-2025']);
    expect(reportHits([], catalog, [], 1)).toEqual([]);
  });
});

describe('narrowing', () => {
  const hits = reportHits(
    reports.map((r) => ({ id: r.record, words: [0] })),
    catalog,
    [],
    1,
  );

  it('narrows to the chosen regions and to reports writing on any chosen theme', () => {
    expect(narrowed(hits, { regions: new Set(['甲县']), themes: new Set() }).map((h) => h.id)).toEqual(['a-2024', 'c-2025']);
    expect(narrowed(hits, { regions: new Set(['甲县']), themes: new Set(['welfare']) }).map((h) => h.id)).toEqual(['a-2024']);
    expect(narrowed(hits, { regions: new Set(), themes: new Set() })).toHaveLength(3);
  });

  it('counts reports per region under the chosen themes, and per theme under the chosen regions', () => {
    const counts = narrowingCounts(hits, { regions: new Set(['乙市']), themes: new Set(['rights']) });
    expect(Object.fromEntries(counts.regions)).toEqual({ 甲县: 2 });
    expect(Object.fromEntries(counts.themes)).toEqual({ skills: 1 });
  });
});

describe('paging', () => {
  it('shows ten results a page and reaches every one', () => {
    const list = Array.from({ length: 23 }, (_, i) => i);
    expect(firstPages(list, 1)).toHaveLength(PAGE_SIZE);
    expect(firstPages(list, 3)).toEqual(list);
    expect(firstPages(list, 0)).toHaveLength(PAGE_SIZE);
  });

  it('reads ?page= as a page number, anything else as the first page', () => {
    expect(pageParam('3')).toBe(3);
    for (const bad of [null, '', '0', '-2', '1.5', 'abc', '1e400']) expect(pageParam(bad)).toBe(1);
  });
});

describe('where in a report', () => {
  const outline: ReportOutline = {
    sections: [
      ['s1', '思想引领', 30],
      ['s1-1', '宣讲', 120],
      ['s2', '维权', 400],
    ],
  };

  it('names the sections holding the term, most occurrences first, then in the report’s order', () => {
    expect(sectionsHolding(outline, [5, 130, 410, 420, 119])).toEqual([
      { id: 's2', title: '维权', count: 2 },
      { id: 's1', title: '思想引领', count: 1 },
      { id: 's1-1', title: '宣讲', count: 1 },
    ]);
    expect(sectionsHolding(outline, [2])).toEqual([]);
  });

  it('quotes the block with the most occurrences, the earliest of equals', () => {
    expect(densestBlock([5, BLOCK_STEP + 1, BLOCK_STEP + 9], BLOCK_STEP)).toBe(1);
    expect(densestBlock([5, BLOCK_STEP * 3], BLOCK_STEP)).toBe(0);
    expect(densestBlock([], BLOCK_STEP)).toBe(0);
  });

  it('counts blocks in the collection’s block size', () => {
    expect(densestBlock([5, BLOCK_STEP + 1, BLOCK_STEP + 9], BLOCK_STEP * 3)).toBe(0);
    expect(densestBlock([5, BLOCK_STEP * 3 + 1, BLOCK_STEP * 3 + 9], BLOCK_STEP * 3)).toBe(1);
  });
});
