import { regionColor } from '../../charts/region-colors.ts';
import type { IndicatorName, IndicatorValue } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import { shortRegionName } from '../format/labels.ts';
import { valuesOf } from './lookup.ts';
import { type RegionPlace, regionsOf } from './regions.ts';

export interface RegionPair {
  /** `kuitun-vs-changli`: the first region in catalog order comes first. */
  slug: string;
  a: ReportFrontmatter;
  b: ReportFrontmatter;
}

/** Up to this many regions every pair gets a page (66 pages); beyond, pages would grow with the square. */
export const ALL_PAIRS_UP_TO = 12;
/** Beyond that, how many later peers each region is paired with. */
const PEERS = 2;

/**
 * The report that speaks for each region in comparisons: its most recent one (by the end
 * of its period), in the catalog order of the regions.
 */
export function regionReports(reports: ReportFrontmatter[]): ReportFrontmatter[] {
  return regionsOf(reports).map((region) => region.reports.at(-1)!);
}

const peers = (a: ReportFrontmatter, b: ReportFrontmatter) =>
  a.region.level === b.region.level && (a.region.province ?? '') === (b.region.province ?? '');

/**
 * The pairs of regions that get a comparison page, in catalog order: every pair while there
 * are at most ALL_PAIRS_UP_TO regions; in a larger corpus, each region with the next PEERS
 * regions of its level and province, so the pages grow in step with the corpus.
 */
export function regionPairs(reports: ReportFrontmatter[]): RegionPair[] {
  const regions = regionReports(reports);
  const all = regions.length <= ALL_PAIRS_UP_TO;
  return regions.flatMap((a, i) => {
    const later = regions.slice(i + 1);
    const partners = all ? later : later.filter((b) => peers(a, b)).slice(0, PEERS);
    return partners.map((b) => ({ slug: `${a.region.id}-vs-${b.region.id}`, a, b }));
  });
}

/** A region as its pair pages offer it: its colour everywhere, and its reports to choose from, in time order. */
export interface PairRegion {
  id: string;
  name: string;
  color: string;
  reports: Array<Pick<ReportFrontmatter, 'id' | 'period'>>;
}

/**
 * What a pair page carries for its reader's browser to compare any report of one region with
 * any of the other's: the two regions, and every indicator a report of either gives, in
 * taxonomy order. The figures themselves are in each report's own file.
 */
export interface PairPage {
  slug: string;
  regions: [PairRegion, PairRegion];
  indicators: IndicatorName[];
}

/** Two reports by id, one of each of a pair page's regions, the first region's first. */
export interface PairChoice {
  a: string;
  b: string;
}

export const sameChoice = (x: PairChoice, y: PairChoice) => x.a === y.a && x.b === y.b;

/** The reports a pair page shows as built: each region's latest. */
export function latestChoice(page: Pick<PairPage, 'regions'>): PairChoice {
  return { a: page.regions[0].reports.at(-1)!.id, b: page.regions[1].reports.at(-1)!.id };
}

/** Where a pair page shows two reports: the pair's own address for the latest two, else with the two in its query. */
export function choicePath(page: Pick<PairPage, 'slug' | 'regions'>, choice: PairChoice): string {
  const query = sameChoice(choice, latestChoice(page)) ? '' : `?a=${encodeURIComponent(choice.a)}&b=${encodeURIComponent(choice.b)}`;
  return `/compare/${page.slug}/${query}`;
}

export function pairPage(pair: RegionPair, places: ReadonlyMap<string, RegionPlace>, indicators: readonly IndicatorName[], values: readonly IndicatorValue[]): PairPage {
  const [a, b] = [pair.a, pair.b].map((report): PairRegion => {
    const { region } = places.get(report.id)!;
    return { id: region.id, name: shortRegionName(region.name), color: regionColor(region.index), reports: region.reports.map(({ id, period }) => ({ id, period })) };
  }) as [PairRegion, PairRegion];
  const given = new Set([...a.reports, ...b.reports].flatMap((r) => valuesOf(values, r.id).map((v) => v.indicator)));
  return { slug: pair.slug, regions: [a, b], indicators: indicators.filter((i) => given.has(i.id)).map(({ id, zh }) => ({ id, zh })) };
}

/** The address a reader may type with the regions the other way round, and the pair page it leads to. */
export interface ReversedPair {
  /** `changli-vs-kuitun` for the page `kuitun-vs-changli`. */
  slug: string;
  pair: RegionPair;
}

/**
 * One reversed address per pair page: a reader of either region types their own first, and
 * the site answers with a page that forwards to the pair's one canonical page.
 */
export function reversedPairs(pairs: readonly RegionPair[]): ReversedPair[] {
  return pairs.map((pair) => ({ slug: `${pair.b.region.id}-vs-${pair.a.region.id}`, pair }));
}

/** A pair page as a region's page lists it: the pair, and the report of the other region. */
export interface RegionPairLink {
  pair: RegionPair;
  other: ReportFrontmatter;
}

/** The pair pages a region takes part in, in the order the pairs come. */
export function pairsOfRegion(pairs: readonly RegionPair[], regionId: string): RegionPairLink[] {
  return pairs.flatMap((pair) => {
    if (pair.a.region.id === regionId) return [{ pair, other: pair.b }];
    if (pair.b.region.id === regionId) return [{ pair, other: pair.a }];
    return [];
  });
}
