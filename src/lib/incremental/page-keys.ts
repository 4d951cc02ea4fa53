import { createHash } from 'node:crypto';
import type { Fact } from '../../contracts/fact.ts';
import type { Indicator } from '../../contracts/indicator.ts';
import type { ReportFrontmatter } from '../../contracts/report.ts';
import type { RegionPlace } from '../data/regions.ts';

/**
 * The `cacheKey`s Astro's incremental build compares (astro.config.mjs): a page whose key and
 * code are those of the previous build is copied from it instead of rendered. A key must
 * therefore hash every piece of data the page shows; its code, the site's configuration and
 * the libraries are compared by Astro itself.
 */
const key = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts, plain)).digest('hex');

/** Maps and sets as what they hold: JSON alone writes each as `{}`, and a key would miss their contents. */
function plain(_: string, value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  return value;
}

/**
 * A report page shows its entry (text and frontmatter), its place among its region's reports,
 * and a card for each of its facts naming the fact's indicator.
 */
export function reportPageKey(body: string, report: ReportFrontmatter, place: RegionPlace, facts: Fact[], indicators: ReadonlyMap<string, Indicator>): string {
  const named = [...new Set(facts.flatMap((f) => (f.indicator ? [f.indicator] : [])))].sort().map((id) => indicators.get(id) ?? id);
  return key(body, report, place, facts, named);
}

/** An image file is its drawing: the same SVG gives the same pixels (src/lib/images/render-png.ts). */
export function imageKey(svg: string): string {
  return key(svg);
}

/**
 * A page whose template shows only what getStaticPaths worked out for it (a region over time,
 * a pair of regions): its key is that data.
 */
export function viewKey(...view: unknown[]): string {
  return key(...view);
}
