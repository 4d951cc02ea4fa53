import { describe, expect, it } from 'vitest';
import { reportKey } from '../../src/contracts/search-records.ts';
import { PAGE_SIZE, firstPages, narrowed, narrowingCounts, pageParam, reportHits, sectionsHolding } from '../../src/lib/search/report-hits.ts';

const A = reportKey({ id: 'a-2024', region: '甲县', themes: ['rights', 'welfare'] });
const B = reportKey({ id: 'b-2025', region: '乙市', themes: ['skills'] });
const C = reportKey({ id: 'c-2025', region: '甲县', themes: ['rights'] });

describe('reportHits', () => {
  it('keeps the reports with a passage holding the term, most passages first, then by key', () => {
    const hits = reportHits([{ [A]: 1, [B]: 3, [C]: 1, [reportKey({ id: 'z', region: '丙', themes: [] })]: 0 }]);
    expect(hits.map((h) => [h.id, h.passages])).toEqual([
      ['b-2025', 3],
      ['a-2024', 1],
      ['c-2025', 1],
    ]);
    expect(hits[0]).toMatchObject({ region: '乙市', themes: ['skills'] });
  });

  it('keeps only reports holding every term of a query', () => {
    expect(reportHits([{ [A]: 2, [B]: 1 }, { [B]: 1, [C]: 4 }]).map((h) => [h.id, h.passages])).toEqual([['b-2025', 2]]);
    expect(reportHits([])).toEqual([]);
  });
});

describe('narrowing', () => {
  const hits = reportHits([{ [A]: 1, [B]: 1, [C]: 1 }]);

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

describe('sectionsHolding', () => {
  it('names the sections with a passage holding the term, in the report order', () => {
    const toc: Array<[string, string]> = [
      ['s1', '思想引领'],
      ['s1-1', '宣讲'],
      ['s2', '维权'],
    ];
    expect(sectionsHolding({ s2: 1, 's1-1': 1, top: 1 }, toc)).toEqual([
      ['s1-1', '宣讲'],
      ['s2', '维权'],
    ]);
  });
});
