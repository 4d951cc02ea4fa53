import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Pagefind's own search code (the `pagefind.js` a bundle holds, as the browser runs it) run in
 * Node on a written index, for checks and measurements without a browser. It fetches the
 * index's files from disk.
 */
export interface NodeSearch {
  search(query: string): Promise<Array<{ id: string; words: number[]; url: () => Promise<string> }>>;
  /** Every address it has asked for, as the browser would have, query included. */
  requests(): string[];
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: Array<{ id: string; words: number[]; data: () => Promise<{ url: string }> }> } | null>;
}

const fetched: string[] = [];
let fetchFromDisk: Promise<void> | undefined;

/** Lets `fetch` read file: addresses (the query, as Pagefind adds one, ignored) and records each one asked for. */
function readFilesOnFetch(): void {
  const network = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return network(input, init);
    fetched.push(url.href);
    url.search = '';
    try {
      return new Response(readFileSync(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

/**
 * Pagefind's search over the bundle in `folder` (a site's `pagefind/`), merged with the bundles
 * in `merged` (folders beside it), with any of Pagefind's search options. Each call loads a
 * fresh copy of the search code.
 */
export async function nodeSearch(folder: string, merged: string[] = [], options: Record<string, unknown> = {}): Promise<NodeSearch> {
  fetchFromDisk ??= Promise.resolve(readFilesOnFetch());
  await fetchFromDisk;
  const base = pathToFileURL(folder.replace(/\/?$/, '/')).href;
  const api = (await import(`${base}pagefind.js?copy=${Math.random()}`)) as PagefindApi;
  const from = fetched.length;
  // Result URLs as the records give them: Pagefind would otherwise put them under the folder's address.
  await api.options({ basePath: base, baseUrl: '/', noWorker: true, ...options });
  await api.init();
  for (const other of merged) await api.mergeIndex(pathToFileURL(other.replace(/\/?$/, '/')).href);
  return {
    requests: () => fetched.slice(from),
    async search(query) {
      const found = await api.search(query);
      return (found?.results ?? []).map((r) => ({ id: r.id, words: r.words, url: async () => (await r.data()).url }));
    },
  };
}
