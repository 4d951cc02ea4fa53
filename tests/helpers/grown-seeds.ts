import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const GROWN_SITE = 'https://example.org';
export const GROWN_BASE = '/union-reports/';
/** Where the grown site's 报告错误 links go: a new-issue address of a forge. */
export const GROWN_ERROR_REPORTS = 'https://git.example.org/desk/figures/issues/new?title={title}&body={body}';

/**
 * The seeds with the reports of tests/fixtures/regions/ beside them: 昌黎's annual summary
 * for 2024 and 新疆's annual report for 2024, written for the tests in the style of a county
 * and a provincial union, with full-width punctuation. Listed after the seeds: time order
 * comes from the periods, not from the catalog.
 */
export function writeGrownSeeds(dir: string): void {
  cpSync('seeds', dir, { recursive: true });
  const catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as Array<Record<string, any>>;
  const regionOf = (id: string) => catalog.find((e) => e.id === id)!;
  const added = [
    { id: 'changli-2024', like: 'changli-2025', organization: '昌黎县总工会' },
    { id: 'xinjiang-2024', like: 'xinjiang-2018-2023', organization: '新疆维吾尔自治区总工会' },
  ];
  for (const { id, like, organization } of added) {
    cpSync(`tests/fixtures/regions/${id}.txt`, join(dir, `${id}.txt`));
    catalog.push({ id, file: `${id}.txt`, region: regionOf(like).region, organization, period: { start: 2024, end: 2024, years: 1, note: '2024年全年' } });
  }
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify(catalog, null, 2));
}
