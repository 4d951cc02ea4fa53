import { type CleanReport, cleanReport } from './clean.ts';
import { decodeReport } from './decode.ts';

/** One seed file from raw bytes to a clean, structured report. */
export function ingestSeed(bytes: Uint8Array, file: string): CleanReport {
  return cleanReport(decodeReport(bytes, file), file);
}
