import { describe, expect, it } from 'vitest';
import { type PlaceEntry, type SearchPlace, placeKey, placeQuery, searchPlaces, searchTerms, unmentionedNote } from '../../src/lib/search/places.ts';

const ENTRIES: PlaceEntry[] = [
  { id: 'kuitun', name: '奎屯-独山子经济技术开发区', short: '奎屯-独山子', en: 'Kuitun–Dushanzi Economic and Technological Development Zone', reports: [['kuitun-2025', '2025年']], peers: ['changli'] },
  { id: 'changli', name: '秦皇岛市昌黎县', short: '昌黎', en: 'Changli County, Qinhuangdao', reports: [['changli-2024', '2024年'], ['changli-2025', '2025年']], peers: ['kuitun'] },
];
const [KUITUN, CHANGLI] = searchPlaces(ENTRIES) as [SearchPlace, SearchPlace];
const PLACES = [CHANGLI, KUITUN];

describe('searchPlaces', () => {
  it('names each pair page by the catalog order of its regions, and titles it from the place’s side', () => {
    expect(KUITUN.pairs).toEqual([['kuitun-vs-changli', '奎屯-独山子与昌黎']]);
    expect(CHANGLI.pairs).toEqual([['kuitun-vs-changli', '昌黎与奎屯-独山子']]);
  });

  it('keys a region without an English name by its Chinese names alone', () => {
    const [xinjiang] = searchPlaces([{ id: 'xinjiang', name: '新疆维吾尔自治区', short: '新疆', reports: [], peers: ['gone'] }]);
    expect(xinjiang!.keys).toEqual(['新疆维吾尔自治区', '新疆']);
    expect(xinjiang!.pairs).toEqual([]);
  });
});

describe('placeKey', () => {
  it('drops tone marks, case, spaces and punctuation', () => {
    expect(placeKey('Chānglí')).toBe('changli');
    expect(placeKey('Chang Li')).toBe('changli');
    expect(placeKey('昌黎县')).toBe('昌黎县');
  });
});

describe('placeKeys', () => {
  it('keys a region by its Chinese names and their parts, and by its English name’s place and first word', () => {
    expect(CHANGLI.keys).toEqual(['秦皇岛市昌黎县', '昌黎', '昌黎县', 'changlicountyqinhuangdao', 'changlicounty', 'changli']);
    expect(KUITUN.keys).toContain('奎屯');
    expect(KUITUN.keys).toContain('kuitun');
    expect(KUITUN.keys).toContain('kuitundushanzi');
    expect(CHANGLI.keys).not.toContain('qinhuangdao');
  });
});

describe('placeQuery', () => {
  it.each([['Changli'], ['changli'], ['Chānglí'], ['昌黎'], ['昌黎县']])('finds 昌黎 by %s', (query) => {
    expect(placeQuery([query], PLACES)).toEqual({ places: [CHANGLI], topic: [] });
  });

  it('joins terms split by spaces', () => {
    expect(placeQuery(['Chāng', 'lí'], PLACES)).toEqual({ places: [CHANGLI], topic: [] });
  });

  it('keeps the other terms as the topic, in order', () => {
    expect(placeQuery(['欠薪', '昌黎'], PLACES)).toEqual({ places: [CHANGLI], topic: ['欠薪'] });
    expect(placeQuery(['职工', '书屋', 'kuitun'], PLACES)).toEqual({ places: [KUITUN], topic: ['职工', '书屋'] });
  });

  it('finds no place in a query naming none, nor in part of a word', () => {
    expect(placeQuery(['欠薪'], PLACES)).toEqual({ places: [], topic: ['欠薪'] });
    expect(placeQuery(['chang'], PLACES)).toEqual({ places: [], topic: ['chang'] });
  });
});

describe('searchTerms', () => {
  it('searches the topic of a place and a topic', () => {
    expect(searchTerms(['欠薪', '昌黎'], placeQuery(['欠薪', '昌黎'], PLACES))).toEqual(['欠薪']);
  });

  it('searches a place spelled in Latin letters by its Chinese name, and one typed in Chinese as typed', () => {
    expect(searchTerms(['Chānglí'], placeQuery(['Chānglí'], PLACES))).toEqual(['昌黎']);
    expect(searchTerms(['昌黎县'], placeQuery(['昌黎县'], PLACES))).toEqual(['昌黎县']);
  });

  it('searches a query naming no place as typed', () => {
    expect(searchTerms(['职工', '书屋'], placeQuery(['职工', '书屋'], PLACES))).toEqual(['职工', '书屋']);
  });
});

describe('unmentionedNote', () => {
  it('says the place’s reports do not mention the topic', () => {
    expect(unmentionedNote(CHANGLI, ['欠薪'], new Set(['kuitun-2025']))).toBe('昌黎的2份报告都没有提到“欠薪”。');
    expect(unmentionedNote(KUITUN, ['欠薪'], new Set())).toBe('奎屯-独山子的报告没有提到“欠薪”。');
  });

  it('names the reports that do not, when some do', () => {
    expect(unmentionedNote(CHANGLI, ['欠薪'], new Set(['changli-2025']))).toBe('昌黎的2024年报告没有提到“欠薪”。');
  });

  it('says nothing when every report mentions it', () => {
    expect(unmentionedNote(KUITUN, ['欠薪'], new Set(['kuitun-2025']))).toBeNull();
  });
});
