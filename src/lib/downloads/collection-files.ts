import type { FactsData } from '../../contracts/facts-data.ts';
import { factsCsv } from './data-files.ts';
import { jsonLines } from './json-lines.ts';
import { type WholeFile, wholeFiles } from './whole-files.ts';

// The route that writes the files and the page that lists them ask for the same data.
const made = new WeakMap<FactsData, WholeFile[]>();

/** Every fact of the collection, as JSON and as CSV, in the files a static host accepts (wholeFiles). */
export function collectionFiles(data: FactsData): WholeFile[] {
  let files = made.get(data);
  if (!files) {
    files = [...wholeFiles('facts.json', jsonLines({ ...data })), ...wholeFiles('facts.csv', factsCsv(data))];
    made.set(data, files);
  }
  return files;
}
