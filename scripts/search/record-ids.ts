import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What Pagefind writes before the JSON of each record it stores. */
const SIGNATURE = 'pagefind_dcd';

/**
 * The id Pagefind gave each record it wrote to `bundle`, by the record's URL. A search result
 * is known by that id alone until its stored record is fetched; the search page maps ids to
 * reports with this instead. Pagefind names each stored record `fragment/<id>.pf_fragment`.
 */
export function recordIds(bundle: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of readdirSync(join(bundle, 'fragment')).filter((f) => f.endsWith('.pf_fragment'))) {
    const text = gunzipSync(readFileSync(join(bundle, 'fragment', file))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${join(bundle, 'fragment', file)}: not a Pagefind record`);
    const { url } = JSON.parse(text.slice(SIGNATURE.length)) as { url: string };
    ids.set(url, file.slice(0, -'.pf_fragment'.length));
  }
  return ids;
}
