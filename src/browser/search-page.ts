import { holdsTerms, needsConverting, normalizeQuery, passageAround } from '../lib/search/search-query.ts';
import { sitePath } from '../lib/links/site-url.ts';

/**
 * The search page: Pagefind's modular UI runs the search and its filters; our input
 * converts a query in traditional characters first and keeps `?q=` in the URL, and our
 * result list keeps only pages that hold each term whole (see holdsTerms).
 */
interface PagefindResult {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: Array<{ title: string; url: string; excerpt: string }>;
}

interface ModularUi {
  Instance: new (options: Record<string, unknown>) => {
    triggerLoad: () => void;
    triggerSearch: (term: string) => void;
    triggerFilters: (filters: Record<string, { any: string[] }>) => void;
    on: (event: string, callback: (...args: never[]) => void) => void;
  };
}

interface PagefindHit {
  data: () => Promise<PagefindResult>;
}

/** Candidates checked per search: enough for any corpus a reader pages through. */
const CHECKED = 60;
const BATCH = 5;

type FilterCounts = Record<string, Record<string, number>>;

declare global {
  interface Window {
    PagefindModularUI?: ModularUi;
  }
}

const input = document.querySelector<HTMLInputElement>('#search-q')!;
const form = input.form!;
const summary = document.querySelector<HTMLElement>('#search-summary')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const filterBox = document.querySelector<HTMLElement>('.search-filters')!;
const ui = window.PagefindModularUI;

let shownTerm = '';
let converter: Promise<(text: string) => string> | undefined;
let traditional: Promise<string> | undefined;

/** The query in simplified characters; the converter is fetched only for a query that needs it. */
async function simplified(query: string): Promise<string> {
  if (!/\p{Script=Han}/u.test(query)) return query;
  traditional ??= fetch(sitePath('/search/traditional.txt')).then((r) => r.text());
  if (!needsConverting(query, await traditional)) return query;
  converter ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 't', to: 'cn' }));
  return (await converter)(query);
}

/** A result's address with the terms to highlight on arrival, before any #fragment. */
function withHighlight(url: string): string {
  const [path, hash] = url.split('#');
  const params = new URLSearchParams();
  for (const word of shownTerm.split(' ').filter(Boolean)) params.append('pagefind-highlight', word);
  return `${path}?${params}${hash ? `#${hash}` : ''}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt's text without Pagefind's <mark>s (it escapes everything else). */
function textOf(excerpt: string): string {
  const box = document.createElement('template');
  box.innerHTML = excerpt;
  return box.content.textContent ?? '';
}

/** One result: title, where it is from, the excerpt with Pagefind's <mark>s, and section links. */
function renderResult(result: PagefindResult): HTMLElement {
  const item = element('li', 'result');
  const link = element('a', 'result-title', result.meta.title ?? result.url);
  link.href = withHighlight(result.url);
  const heading = element('h2', 'result-heading');
  heading.append(link);
  const about = [result.meta.type, result.meta.region, result.meta.period].filter(Boolean).join(' · ');
  const excerpt = element('p', 'result-excerpt');
  const passage = holdsTerms(textOf(result.excerpt), shownTerm) ? null : passageAround(result.content, shownTerm);
  if (passage) {
    // Pagefind's excerpt missed the whole term (it centres on its own segments): quote the page around it.
    excerpt.append(passage.before, element('mark', '', passage.match), passage.after);
  } else {
    // Pagefind escapes page text in excerpts and adds only <mark>.
    excerpt.innerHTML = result.excerpt;
  }
  item.append(heading, element('p', 'result-about', about), excerpt);
  // Sections whose own passage holds the term, not merely the page's first ones.
  const subs = (result.sub_results ?? []).filter((s) => s.url !== result.url && holdsTerms(textOf(s.excerpt), shownTerm)).slice(0, 3);
  if (subs.length > 0) {
    const list = element('ul', 'result-sections');
    for (const sub of subs) {
      const li = element('li', '');
      const a = element('a', '', sub.title);
      a.href = withHighlight(sub.url);
      li.append(a);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

if (ui) {
  // Long report texts must not lose to short pages that quote one of their sentences: no
  // penalty for a page's length (Pagefind's pageLength), and other pages' words weigh less
  // (data-pagefind-weight in BaseLayout).
  const instance = new ui.Instance({ bundlePath: sitePath('/pagefind/'), excerptLength: 36, ranking: { pageLength: 0 } });
  // Start Pagefind (script, worker, wasm, metadata) while the page is still settling.
  instance.triggerLoad();
  let shown = 0;
  const selected: Record<string, Set<string>> = { type: new Set(), region: new Set(), theme: new Set() };
  instance.on('results', (async (search: { results: PagefindHit[] }) => {
    const ticket = ++shown;
    const term = shownTerm;
    list.replaceChildren();
    summary.textContent = term ? '正在搜索…' : '';
    filterBox.hidden = !term;
    if (!term) return;
    let kept = 0;
    // In small batches, in Pagefind's order, so the best results show before the rest are checked.
    const hits = search.results.slice(0, CHECKED);
    for (let at = 0; at < hits.length; at += BATCH) {
      const data = await Promise.all(hits.slice(at, at + BATCH).map((hit) => hit.data()));
      if (ticket !== shown) return;
      const passing = data.filter((result) => holdsTerms(result.content, term));
      list.append(...passing.map(renderResult));
      kept += passing.length;
    }
    summary.textContent = `“${term}”:${kept}个结果`;
    // Counts beside a search with no result would promise pages that are not there; chosen
    // filters stay, so a reader can let go of them.
    filterBox.hidden = kept === 0 && Object.values(selected).every((values) => values.size === 0);
  }) as never);
  const pushFilters = () =>
    instance.triggerFilters(Object.fromEntries(Object.entries(selected).map(([key, values]) => [key, { any: [...values] }])));
  // Our own pills: Pagefind's FilterPills print English labels that cannot be translated.
  instance.on('filters', ((counts: { available: FilterCounts; total: FilterCounts }) => {
    for (const [key, values] of Object.entries(selected)) {
      const group = document.querySelector<HTMLElement>(`[data-filter="${key}"] .pills`);
      if (!group) continue;
      group.replaceChildren(
        ...Object.entries(counts.total[key] ?? {}).map(([value]) => {
          const button = element('button', 'pill', `${value}(${counts.available[key]?.[value] ?? 0})`);
          button.type = 'button';
          button.setAttribute('aria-pressed', String(values.has(value)));
          button.addEventListener('click', () => {
            if (values.has(value)) values.delete(value);
            else values.add(value);
            button.setAttribute('aria-pressed', String(values.has(value)));
            pushFilters();
          });
          return button;
        }),
      );
    }
  }) as never);

  let latest = 0;
  const run = async (raw: string) => {
    const ticket = ++latest;
    const term = await simplified(normalizeQuery(raw));
    if (ticket !== latest) return;
    shownTerm = term;
    instance.triggerSearch(term);
    const url = raw.trim() ? `?q=${encodeURIComponent(raw.trim())}` : location.pathname;
    history.replaceState(null, '', url);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  if (initial) {
    input.value = initial;
    void run(initial);
  }
  input.focus();
}
