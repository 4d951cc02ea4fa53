import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The records Pagefind stores, one file each: `fragment/<id>.pf_fragment`, gzip of this
 * signature and the record's JSON (its url, meta and the text it indexed).
 */
const SIGNATURE = 'pagefind_dcd';

interface StoredRecord {
  url: string;
  content: string;
  [key: string]: unknown;
}

const file = (bundle: string, id: string) => join(bundle, 'fragment', `${id}.pf_fragment`);

function readRecord(path: string): StoredRecord {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${path}: not a Pagefind record`);
  return JSON.parse(text.slice(SIGNATURE.length)) as StoredRecord;
}

/**
 * The id Pagefind gave each record it wrote to `bundle`, by the record's URL. A search result
 * is known by that id alone until its stored record is fetched; the search page maps ids to
 * reports with this instead.
 */
export function recordIds(bundle: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const name of readdirSync(join(bundle, 'fragment')).filter((f) => f.endsWith('.pf_fragment'))) {
    const id = name.slice(0, -'.pf_fragment'.length);
    ids.set(readRecord(file(bundle, id)).url, id);
  }
  return ids;
}

/**
 * Stores the records `ids` without the text they were indexed by. A report's record holds the
 * whole report as index tokens, several times its text, and the search page never fetches it:
 * it lists reports from its own catalog and quotes them from their text blocks
 * (src/contracts/search-records.ts). Its url and meta stay, so a record fetched anyway still
 * names its page.
 */
export function dropStoredText(bundle: string, ids: Iterable<string>): void {
  for (const id of ids) {
    const record = readRecord(file(bundle, id));
    writeFileSync(file(bundle, id), gzipSync(`${SIGNATURE}${JSON.stringify({ ...record, content: '' })}`, { level: 9 }));
  }
}
