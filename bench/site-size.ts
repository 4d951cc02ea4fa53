import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteSize } from '../src/contracts/host-limits.ts';

/** A built site's file count, bytes and largest file, as a host counts them (links followed). */
export function siteSize(dist: string): SiteSize {
  const size: SiteSize = { files: 0, totalBytes: 0, largest: { path: '', bytes: 0 } };
  for (const path of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dist, path));
    if (!stat.isFile()) continue;
    size.files++;
    size.totalBytes += stat.size;
    if (stat.size > size.largest.bytes) size.largest = { path, bytes: stat.size };
  }
  return size;
}
