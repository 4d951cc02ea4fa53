import type { APIRoute } from 'astro';
import { pairsOfRegion, regionPairs } from '../../lib/data/region-pairs.ts';
import { regionsOf } from '../../lib/data/regions.ts';
import { siteData } from '../../lib/data/site-data.ts';
import { periodLabel, shortRegionName } from '../../lib/format/labels.ts';
import type { PlaceEntry } from '../../lib/search/places.ts';

/** Every region as the search page finds it by name: its names, its reports and the regions it has pair pages with. */
export const GET: APIRoute = async () => {
  const { reports } = await siteData();
  const pairs = regionPairs(reports);
  const places = regionsOf(reports).map((region): PlaceEntry => {
    const en = region.reports[0]!.region.nameEn;
    return {
      id: region.id,
      name: region.name,
      short: shortRegionName(region.name),
      ...(en ? { en } : {}),
      reports: region.reports.map((r) => [r.id, periodLabel(r.period)]),
      peers: pairsOfRegion(pairs, region.id).map(({ other }) => other.region.id),
    };
  });
  return new Response(JSON.stringify(places), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
