/**
 * Places in search: a region found by its Chinese name, its short name, or its English name
 * as the catalog gives it (`Changli County, Qinhuangdao`), which spells the place in pinyin;
 * typed with or without tone marks and spaces (`Chānglí`, `chang li`).
 */

/** A region as the search page finds it (expanded from a PlaceEntry by searchPlaces). */
export interface SearchPlace {
  id: string;
  /** The region's full name, as the catalog and the search filters give it. */
  name: string;
  short: string;
  /** The keys (placeKey) a query may name it by. */
  keys: string[];
  /** Its reports, in time order: [report id, period label]. */
  reports: Array<[string, string]>;
  /** Its pair pages: [slug, title]. */
  pairs: Array<[string, string]>;
}

/**
 * A region as SEARCH_PLACES carries it: what the keys, pair slugs and pair titles are made
 * from, not those themselves, because every search fetches the file before its first results.
 */
export interface PlaceEntry {
  id: string;
  name: string;
  short: string;
  /** The catalog's English name, where it gives one. */
  en?: string;
  reports: Array<[string, string]>;
  /** The regions it has a pair page with, by id. */
  peers: string[];
}

/**
 * The places as search uses them, from SEARCH_PLACES's entries in catalog order: a pair's
 * slug names the region that comes first in that order first (as the site's pair pages do).
 */
export function searchPlaces(entries: readonly PlaceEntry[]): SearchPlace[] {
  const order = new Map(entries.map((e, i) => [e.id, i]));
  const byId = new Map(entries.map((e) => [e.id, e]));
  return entries.map((entry) => ({
    id: entry.id,
    name: entry.name,
    short: entry.short,
    keys: placeKeys({ name: entry.name, short: entry.short, nameEn: entry.en }),
    reports: entry.reports,
    pairs: entry.peers.flatMap((peer): Array<[string, string]> => {
      const other = byId.get(peer);
      if (!other) return [];
      const slug = order.get(peer)! < order.get(entry.id)! ? `${peer}-vs-${entry.id}` : `${entry.id}-vs-${peer}`;
      return [[slug, `${entry.short}与${other.short}`]];
    }),
  }));
}

/** Where the search page reads the places from. */
export const SEARCH_PLACES = '/search/places.json';

/** Text as a place key: tone marks and case dropped, letters and digits only (`Chānglí` → `changli`). */
export function placeKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/** A name and each of its parts joined by hyphens or dashes (`奎屯-独山子` → 奎屯, 独山子). */
const withParts = (name: string) => [name, ...name.split(/[-‐–—]/u)];

/** The full name from where its short name begins: `秦皇岛市昌黎县` → `昌黎县`, the name without the city around it. */
function ownName(name: string, short: string): string {
  const at = name.indexOf(short);
  return at > 0 ? name.slice(at) : name;
}

/**
 * The keys a region is found by: its full and short Chinese names, their parts and the full
 * name without what precedes the short one, and from
 * the English name its first comma part (the place itself; later parts name the city or
 * province around it), that part's first word (`Changli`), and the whole name.
 */
export function placeKeys(region: { name: string; short: string; nameEn?: string | undefined }): string[] {
  const english = region.nameEn ? [region.nameEn, region.nameEn.split(',')[0]!, ...withParts(region.nameEn.split(',')[0]!.trim().split(/\s+/u)[0]!)] : [];
  const keys = [...withParts(region.name), ...withParts(region.short), ownName(region.name, region.short), ...english].map(placeKey);
  return [...new Set(keys.filter((k) => [...k].length >= 2))];
}

/** A query split into the places it names and the rest, its topic. */
export interface PlaceQuery {
  places: SearchPlace[];
  topic: string[];
}

/**
 * The places a query's terms name, each by the longest run of consecutive terms whose joined
 * key is one of a place's keys (so `chang li` names 昌黎 as `changli` does), and the terms
 * left over, in their order.
 */
export function placeQuery(terms: readonly string[], places: readonly SearchPlace[]): PlaceQuery {
  const byKey = new Map(places.flatMap((p) => p.keys.map((k) => [k, p] as const)));
  const found: SearchPlace[] = [];
  const topic: string[] = [];
  for (let i = 0; i < terms.length; ) {
    let end = terms.length;
    while (end > i && !byKey.has(placeKey(terms.slice(i, end).join('')))) end--;
    if (end === i) {
      topic.push(terms[i]!);
      i++;
      continue;
    }
    const place = byKey.get(placeKey(terms.slice(i, end).join('')))!;
    if (!found.includes(place)) found.push(place);
    i = end;
  }
  return { places: found, topic };
}

/**
 * What the reports are searched for: the topic when a query names a place and a topic; the
 * place's Chinese name when a query names places only and spells them in Latin letters, as the
 * reports never do; else the terms as typed.
 */
export function searchTerms(terms: readonly string[], asked: PlaceQuery): string[] {
  if (asked.places.length === 0) return [...terms];
  if (asked.topic.length > 0) return asked.topic;
  return /\p{Script=Han}/u.test(terms.join('')) ? [...terms] : asked.places.map((p) => p.short);
}

/**
 * What a place-and-topic query says of the place: which of its reports do not mention the
 * topic (`mentioning`: the ids of reports that do); null when every one does.
 */
export function unmentionedNote(place: SearchPlace, topic: readonly string[], mentioning: ReadonlySet<string>): string | null {
  const missing = place.reports.filter(([id]) => !mentioning.has(id));
  if (missing.length === 0) return null;
  const asked = `“${topic.join(' ')}”`;
  if (missing.length === place.reports.length) {
    const which = place.reports.length === 1 ? '报告' : `${place.reports.length}份报告都`;
    return `${place.short}的${which}没有提到${asked}。`;
  }
  return `${place.short}的${missing.map(([, period]) => period).join('、')}报告没有提到${asked}。`;
}
