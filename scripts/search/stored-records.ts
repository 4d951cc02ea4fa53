import { readStored, storedIds, writeStored } from './pagefind-format.ts';

/**
 * The id Pagefind gave each record it wrote to `bundle`, by the record's URL. A search result
 * is known by that id alone until its stored record is fetched; the search page maps ids to
 * reports with this instead.
 */
export function recordIds(bundle: string): Map<string, string> {
  return new Map(storedIds(bundle).map((id) => [readStored(bundle, id).url, id]));
}

/**
 * Stores the records `ids` without the text they were indexed by. A report's record holds the
 * whole report as index tokens, several times its text, and the search page never fetches it:
 * it lists reports from its own catalog and quotes them from their text blocks
 * (src/contracts/search-records.ts). Its url and meta stay, so a record fetched anyway still
 * names its page.
 */
export function dropStoredText(bundle: string, ids: Iterable<string>): void {
  for (const id of ids) writeStored(bundle, id, { ...readStored(bundle, id), content: '' });
}
