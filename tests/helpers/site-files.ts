import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML page of a built site, as paths relative to it. */
export function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dist, f));
}
