import { InputError } from './input-error.ts';

/**
 * How much one build takes in, each a setting with a default. Memory and time grow with the
 * number of reports and with a report's size, so a catalog of thousands of entries or a file
 * pasted in many times over is refused before the build stages anything, with the setting that
 * raises the limit for a collection that really is that large.
 */
export interface BuildLimits {
  /** Reports in the catalog (MAX_REPORTS). */
  reports: number;
  /** Bytes of one report file (MAX_REPORT_MB). */
  reportBytes: number;
  /** Bytes of seeds/catalog.json: what the bounded fields of `reports` entries could fill. */
  catalogBytes: number;
}

/** A thousand reports is the collection the site is built and measured for, with room to grow. */
export const DEFAULT_MAX_REPORTS = 1500;
/** Real reports are tens of kilobytes; this leaves two orders of magnitude. */
export const DEFAULT_MAX_REPORT_MB = 10;
/** Room for one entry with every field at its limit (FIELD_LIMITS), written out with indentation. */
const CATALOG_BYTES_PER_ENTRY = 16 * 1024;

function setting(name: string, value: string | undefined, fallback: number, example: string): number {
  if (value === undefined || value === '') return fallback;
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new InputError(name, null, `${JSON.stringify(value.slice(0, 40))} is not a whole number`, `set it to a number such as ${example}, or unset it`);
  return Number(value);
}

/** The limits from the environment, or their defaults. */
export function buildLimits(env: NodeJS.ProcessEnv = process.env): BuildLimits {
  const reports = setting('MAX_REPORTS', env.MAX_REPORTS, DEFAULT_MAX_REPORTS, '3000');
  const reportMb = setting('MAX_REPORT_MB', env.MAX_REPORT_MB, DEFAULT_MAX_REPORT_MB, '20');
  return { reports, reportBytes: reportMb * 1024 * 1024, catalogBytes: reports * CATALOG_BYTES_PER_ENTRY };
}
