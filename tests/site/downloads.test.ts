import { describe, expect, it } from 'vitest';
import { factsCsv, indicatorsCsv } from '../../src/lib/downloads/data-files.ts';
import type { FactsData } from '../../src/contracts/facts-data.ts';

const data: FactsData = {
  reports: [
    { id: 'a-2025', file: 'a.txt', title: '甲', region: { id: 'a', name: '甲县', level: 'county' }, period: { start: 2025, end: 2025, years: 1 } },
    { id: 'b-2025', file: 'b.txt', title: '乙', region: { id: 'b', name: '乙区', level: 'district' }, period: { start: 2025, end: 2025, years: 1 } },
  ],
  indicators: [
    {
      id: 'ind', zh: '追回欠薪', en: 'Arrears', theme: 'rights', kind: 'flow', unitClass: 'money', unit: '元', units: ['元'], family: 'ind',
      twinOf: null, match: { about: ['欠薪'], either: false, action: null },
    },
  ],
  facts: [
    {
      id: 'a-2025-f001', report: 'a-2025', region: 'a', text: '44.9万元', value: 449000, unit: '元', qualifier: 'exact', kind: 'flow',
      perYear: 449000, what: '追回欠薪', sentence: '累计追回欠薪44.9万元。', section: null, theme: 'rights', indicator: 'ind',
      candidate: null, candidateReason: null, uncertain: false, uncertainReason: null, url: '/reports/a-2025/#a-2025-f001', review: null,
    },
  ],
};

describe('downloads', () => {
  it('writes one facts.csv row per fact', () => {
    expect(factsCsv(data).split('\r\n')[1]).toBe('a-2025-f001,a-2025,a,44.9万元,449000,元,exact,flow,449000,,追回欠薪,累计追回欠薪44.9万元。,,rights,ind,,,false,,/reports/a-2025/#a-2025-f001,,,,,,');
  });

  it('writes one indicators.csv row per indicator and report that mentions it', () => {
    const values = [
      {
        indicator: 'ind', report: 'a-2025', region: 'a', value: 449000, perYear: 449000, unit: '元', unitClass: 'money',
        qualifier: 'exact' as const, kind: 'flow' as const, uncertain: false, facts: ['a-2025-f001'], review: null, machineValue: 449000, text: '44.9万元',
      },
    ];
    const members = new Map([['a-2025', { value: 30000, qualifier: 'exact' as const, year: 2024, source: '县总工会年报', fact: null }]]);
    const rows = indicatorsCsv(data.indicators, data.reports, values, members).split('\r\n').filter(Boolean);
    // b-2025 does not mention the indicator: it has no row (regions.csv lists every report).
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('family,unit_class,indicator_kind');
    expect(rows[0]).toMatch(/,members,members_year,members_source$/);
    expect(rows[1]).toBe('ind,追回欠薪,Arrears,ind,money,flow,a-2025,a,甲县,county,2025,2025,1,true,449000,44.9万元,449000,元,exact,flow,false,a-2025-f001,,,,449000,30000,2024,县总工会年报');
  });
});
