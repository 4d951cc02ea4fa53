import { describe, expect, it } from 'vitest';
import { chartOrder, regionPlaces, regionsOf, shadeOf } from '../../src/lib/data/regions.ts';
import { CHANGLI, KUITUN, XINJIANG, frontmatter } from '../helpers/frontmatter.ts';

// Catalog order deliberately out of time order: 2025 listed before 2024.
const CHANGLI_2024 = frontmatter('changli-2024', 4, 'changli', '昌黎县', [2024, 2024]);
const XINJIANG_2024 = frontmatter('xinjiang-2024', 5, 'xinjiang', '新疆维吾尔自治区', [2024, 2024]);
const ALL = [KUITUN, XINJIANG, CHANGLI, CHANGLI_2024, XINJIANG_2024];

describe('regionsOf', () => {
  it('groups reports by region in catalog order, each region’s reports in time order', () => {
    const regions = regionsOf(ALL);
    expect(regions.map((r) => r.id)).toEqual(['kuitun', 'xinjiang', 'changli']);
    expect(regions.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(regions[2]!.reports.map((r) => r.id)).toEqual(['changli-2024', 'changli-2025']);
    expect(regions[1]!.reports.map((r) => r.id)).toEqual(['xinjiang-2018-2023', 'xinjiang-2024']);
  });
});

describe('chartOrder', () => {
  it('puts one region’s reports next to each other, earlier first', () => {
    expect(chartOrder(ALL).map((r) => r.id)).toEqual(['kuitun-2025', 'xinjiang-2018-2023', 'xinjiang-2024', 'changli-2024', 'changli-2025']);
  });
});

describe('regionPlaces', () => {
  it('links each report to its neighbours in time and shades earlier ones lighter', () => {
    const places = regionPlaces(ALL);
    const old = places.get('changli-2024')!;
    const latest = places.get('changli-2025')!;
    expect([old.previous, old.next?.id]).toEqual([null, 'changli-2025']);
    expect([latest.previous?.id, latest.next]).toEqual(['changli-2024', null]);
    expect(shadeOf(latest)).toBe(1);
    expect(shadeOf(old)).toBeLessThan(1);
    expect(shadeOf(places.get('kuitun-2025')!)).toBe(1);
  });

  it('never shades a report so light it disappears', () => {
    const many = Array.from({ length: 8 }, (_, i) => frontmatter(`r-${2018 + i}`, i, 'r', '某县', [2018 + i, 2018 + i]));
    expect(shadeOf(regionPlaces(many).get('r-2018')!)).toBeGreaterThanOrEqual(0.4);
  });
});
