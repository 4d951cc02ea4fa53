import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface SearchIndexSummary {
  pages: number;
}

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * The full-text index of a built site, written to `<site>/pagefind/`. Pages mark what is
 * searchable with `data-pagefind-body`; any error from Pagefind fails the build.
 */
export async function indexSite(site: string): Promise<SearchIndexSummary> {
  try {
    // Search finds prose: chart marks, chart notes and tables of figures repeat, as numbers and
    // legends, what the reports' sentences say (quoted on indicator pages, whole on report pages).
    const created = await pagefind.createIndex({ excludeSelectors: ['svg', '.chart-controls', '.chart-note', 'table.data', '.downloads', '.share'] });
    check('createIndex', created.errors);
    const index = created.index!;
    const added = await index.addDirectory({ path: site });
    check(`indexing ${site}`, added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    check('writeFiles', written.errors);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
