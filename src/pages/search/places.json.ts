import type { APIRoute } from 'astro';
import { pairsOfRegion, regionPairs } from '../../lib/data/region-pairs.ts';
import { regionsOf } from '../../lib/data/regions.ts';
import { siteData } from '../../lib/data/site-data.ts';
import { periodLabel, shortRegionName } from '../../lib/format/labels.ts';
import { type SearchPlace, placeKeys } from '../../lib/search/places.ts';

/** Every region as the search page finds it by name: its keys, its reports and its pair pages. */
export const GET: APIRoute = async () => {
  const { reports } = await siteData();
  const pairs = regionPairs(reports);
  const places = regionsOf(reports).map((region): SearchPlace => {
    const short = shortRegionName(region.name);
    return {
      id: region.id,
      name: region.name,
      short,
      keys: placeKeys({ name: region.name, short, nameEn: region.reports[0]!.region.nameEn }),
      reports: region.reports.map((r) => [r.id, periodLabel(r.period)]),
      pairs: pairsOfRegion(pairs, region.id).map(({ pair, other }) => [pair.slug, `${short}与${shortRegionName(other.region.name)}`]),
    };
  });
  return new Response(JSON.stringify(places), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
