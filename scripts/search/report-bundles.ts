import { createHash } from 'node:crypto';

/**
 * Reports per search bundle at most. Pagefind's indexer holds a whole bundle in memory until it
 * writes it, about 4.5 MB a report in the tokens of src/contracts/search-tokens.ts (4.5 GB for
 * 1000 reports in one index, measured), so a bundle needs about 1.8 GB however large the
 * collection. A collection up to this size is one
 * bundle: every further bundle costs the search page its own metadata and index chunks per query.
 */
export const BUNDLE_REPORTS = 400;

/** A set of reports indexed together: its folder under the site's `pagefind/` and its reports, in the order given. */
export interface ReportBundle {
  folder: string;
  reports: string[];
}

/** A report's hash as bits, the first of which place it in a bundle. */
function bits(report: string): string {
  return [...createHash('sha256').update(report).digest()].map((b) => b.toString(2).padStart(8, '0')).join('');
}

/**
 * The reports split into bundles of at most `most` each, by the leading bits of each report's
 * hash: all of them while they fit, otherwise each half by the next bit, and so on. A report's
 * bundle depends on its own hash and on how many reports share its leading bits, so adding or
 * changing one report changes only the bundle it falls in (which may split in two): the others
 * keep their members and can be reused from an earlier build. Folders are `reports` and
 * `reports-<bits>`.
 */
export function reportBundles(reports: string[], most = BUNDLE_REPORTS): ReportBundle[] {
  if (!Number.isInteger(most) || most < 1) throw new Error(`reportBundles: ${most} reports per bundle`);
  const hashed = reports.map((report) => ({ report, bits: bits(report) }));
  const out: ReportBundle[] = [];
  const split = (prefix: string, members: typeof hashed): void => {
    if (members.length === 0) return;
    // Past the hash's last bit only identical names remain, which no split can part.
    if (members.length <= most || prefix.length === members[0]!.bits.length) {
      out.push({ folder: prefix ? `reports-${prefix}` : 'reports', reports: members.map((m) => m.report) });
      return;
    }
    for (const bit of ['0', '1']) split(prefix + bit, members.filter((m) => m.bits[prefix.length] === bit));
  };
  split('', hashed);
  return out;
}
