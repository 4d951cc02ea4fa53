import { THEMES } from '../contracts/fact-values.ts';
import { searchQuery, tokenText } from '../contracts/search-tokens.ts';
import { THEME_LABELS, periodLabel, shortRegionName } from '../lib/format/labels.ts';
import { sitePath } from '../lib/links/site-url.ts';
import { type AnswerCard, indicatorsAsked } from '../lib/search/answer-cards.ts';
import { PAGE_SIZE, type Narrowing, type ReportHit, firstPages, narrowed, narrowingCounts, pageParam, regionFits, reportHits, sectionsHolding } from '../lib/search/report-hits.ts';
import { needsConverting, normalizeQuery, passageAround } from '../lib/search/search-query.ts';

/**
 * The search page. Pagefind holds every report passage and listing page as tokens that match
 * a term only whole (src/contracts/search-tokens.ts); this page asks it per term, counts the
 * reports from its counts per report (no passage is fetched to count), shows ten reports a
 * page with their best passage, and answers with figures where a query names an indicator.
 */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

interface Hit {
  id: string;
  data: () => Promise<Fragment>;
}

interface SearchResponse {
  results: Hit[];
  filters: Record<string, Record<string, number>>;
}

interface Pagefind {
  filters: () => Promise<unknown>;
  search: (term: string, options?: { filters?: Record<string, unknown> }) => Promise<SearchResponse | null>;
  preload: (term: string) => Promise<void>;
}

type Kind = '报告' | '数字' | '页面';

const input = document.querySelector<HTMLInputElement>('#search-q')!;
const form = input.form!;
const summary = document.querySelector<HTMLElement>('#search-summary')!;
const answers = document.querySelector<HTMLElement>('#search-answers')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const pagesBox = document.querySelector<HTMLDetailsElement>('#search-pages')!;
const filterBox = document.querySelector<HTMLElement>('.search-filters')!;

// Started at once: the script, its worker and wasm, the index metadata, and the filter index
// that the counts per report come from.
const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ sitePath('/pagefind/pagefind.js'));
const filtersLoaded = pagefind.then((api) => api.filters());
let vocabulary: Promise<Array<[string, string]>> | undefined;
let traditional: Promise<string> | undefined;
let converter: Promise<(text: string) => string> | undefined;

/** The query in simplified characters; the converter is fetched only for a query that needs it. */
async function simplified(query: string): Promise<string> {
  if (!/\p{Script=Han}/u.test(query)) return query;
  traditional ??= fetch(sitePath('/search/traditional.txt')).then((r) => r.text());
  if (!needsConverting(query, await traditional)) return query;
  converter ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 't', to: 'cn' }));
  return (await converter)(query);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A result's address with the terms to highlight on arrival, before any #fragment. */
function withHighlight(url: string, terms: string[]): string {
  const [path, hash] = url.split('#');
  const params = new URLSearchParams();
  for (const term of terms) params.append('pagefind-highlight', term);
  return `${path}?${params}${hash ? `#${hash}` : ''}`;
}

/** What one query found: reports (ranked), figures and listing pages. */
interface Found {
  terms: string[];
  queries: string[];
  reports: ReportHit[];
  /** Figures and listing pages, which the reports do not wait for. */
  extras: Promise<{ cards: AnswerCard[]; pages: Hit[] }>;
}

/** The figures of the indicators a query names. */
async function answersFor(terms: string[]): Promise<AnswerCard[]> {
  vocabulary ??= fetch(sitePath('/search/indicators.json')).then((r) => r.json());
  const asked = indicatorsAsked(terms, await vocabulary);
  return (await Promise.all(asked.map(async (id) => (await fetch(sitePath(`/search/answers/${id}.json`))).json() as Promise<AnswerCard[]>))).flat();
}

async function find(terms: string[]): Promise<Found> {
  const queries = terms.map(searchQuery).filter((q): q is string => q !== null);
  if (queries.length === 0) return { terms, queries, reports: [], extras: Promise.resolve({ cards: [], pages: [] }) };
  const api = await pagefind;
  // The filter index and the query's index chunks load side by side.
  await Promise.all([filtersLoaded, ...queries.map((q) => api.preload(q))]);
  const reportCounts = await Promise.all(queries.map(async (q) => (await api.search(q))?.filters.report ?? {}));
  const extras = Promise.all([
    answersFor(terms),
    Promise.all(queries.map(async (q) => (await api.search(q, { filters: { listing: 'page' } }))?.results ?? [])),
  ]).then(([cards, runs]) => ({ cards, pages: runs[0]!.filter((hit) => runs.every((run) => run.some((h) => h.id === hit.id))) }));
  return { terms, queries, reports: reportHits(reportCounts), extras };
}

/** One report: its best passage around the term, and links to the sections that hold it. */
async function renderReport(hit: ReportHit, found: Found): Promise<HTMLElement> {
  const api = await pagefind;
  const response = await api.search(found.queries[0]!, { filters: { report: hit.key } });
  const best = await response!.results[0]!.data();
  const item = element('li', 'result');
  const heading = element('h2', 'result-heading');
  const link = element('a', 'result-title', best.meta.report);
  link.href = withHighlight(best.url, found.terms);
  heading.append(link);
  const period = periodLabel(JSON.parse(best.meta.period!));
  const about = element('p', 'result-about', `报告 · ${best.meta.region} · ${period} · ${hit.passages}处`);
  const excerpt = element('p', 'result-excerpt');
  const text = tokenText(best.content);
  const passage = passageAround(text, found.terms[0]!);
  if (passage) excerpt.append(passage.before, element('mark', '', passage.match), passage.after);
  else excerpt.textContent = text.slice(0, 80);
  item.append(heading, about, excerpt);
  const sections = sectionsHolding(response!.filters.section ?? {}, JSON.parse(best.meta.toc!)).slice(0, 3);
  if (sections.length > 0) {
    const links = element('ul', 'result-sections');
    const reportUrl = best.url.split('#')[0]!;
    for (const [id, title] of sections) {
      const a = element('a', '', title);
      a.href = withHighlight(`${reportUrl}#${id}`, found.terms);
      const li = element('li', '');
      li.append(a);
      links.append(li);
    }
    item.append(links);
  }
  return item;
}

function renderCard(card: AnswerCard): HTMLElement {
  const item = element('li', 'answer');
  const a = element('a', '', `${card.report} · ${card.indicator} `);
  a.append(element('strong', '', card.value), ' →');
  a.href = sitePath(card.path);
  item.append(a);
  return item;
}

const narrowing: Narrowing = { regions: new Set(), themes: new Set() };
let kind: Kind | null = null;
let shownPages = pageParam(new URLSearchParams(location.search).get('page'));
let current: Found | undefined;
let ticket = 0;

function pill(label: string, count: number, pressed: boolean, toggle: () => void): HTMLButtonElement {
  const button = element('button', 'pill', `${label}(${count})`);
  button.type = 'button';
  button.setAttribute('aria-pressed', String(pressed));
  button.addEventListener('click', () => {
    toggle();
    shownPages = 1;
    void show();
  });
  return button;
}

function toggle<T>(set: Set<T>, value: T): void {
  if (set.has(value)) set.delete(value);
  else set.add(value);
}

function renderFilters(found: Found, reports: ReportHit[], extras: { cards: AnswerCard[]; pages: Hit[] }): void {
  const counts = narrowingCounts(found.reports, narrowing);
  const kinds: Array<[Kind, number]> = [
    ['报告', reports.length],
    ['数字', extras.cards.length],
    ['页面', extras.pages.length],
  ];
  document.querySelector('[data-filter="type"] .pills')!.replaceChildren(
    ...kinds.map(([k, n]) => pill(`只看${k}`, n, kind === k, () => (kind = kind === k ? null : k))),
  );
  document.querySelector('[data-filter="region"] .pills')!.replaceChildren(
    ...[...counts.regions]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([region, n]) => pill(shortRegionName(region), n, narrowing.regions.has(region), () => toggle(narrowing.regions, region))),
  );
  document.querySelector('[data-filter="theme"] .pills')!.replaceChildren(
    ...THEMES.filter((t) => counts.themes.has(t)).map((t) => pill(THEME_LABELS[t], counts.themes.get(t)!, narrowing.themes.has(t), () => toggle(narrowing.themes, t))),
  );
}

/** Adds reports to the list, each in its place as soon as its passage arrives, in rank order. */
async function appendReports(hits: ReportHit[], found: Found, mine: number): Promise<void> {
  const slots = hits.map(() => element('li', 'result-pending'));
  list.append(...slots);
  await Promise.all(
    hits.map(async (hit, i) => {
      const item = await renderReport(hit, found);
      if (mine === ticket) slots[i]!.replaceWith(item);
    }),
  );
}

/** The reports the chosen filters list. */
const listedReports = (found: Found) => (kind === null || kind === '报告' ? narrowed(found.reports, narrowing) : []);

/** Renders what `current` found under the chosen filters, `shownPages` pages of it. */
async function show(): Promise<void> {
  const found = current;
  const mine = ++ticket;
  if (!found) return;
  const reports = listedReports(found);
  list.replaceChildren();
  const rendered = appendReports(firstPages(reports, shownPages), found, mine);
  const extras = await found.extras;
  if (mine !== ticket) return;
  const cards = kind === null || kind === '数字' ? extras.cards.filter((c) => regionFits(c, narrowing)) : [];
  const pages = (kind === null || kind === '页面') && narrowing.regions.size + narrowing.themes.size === 0 ? extras.pages : [];
  const term = found.terms.join(' ');
  const parts = [`${reports.length}份报告`, cards.length > 0 ? `${cards.length}个数字` : '', pages.length > 0 ? `${pages.length}个页面` : ''].filter(Boolean);
  summary.textContent = `“${term}”：${parts.join('，')}`;
  const anything = found.reports.length + extras.cards.length + extras.pages.length > 0;
  filterBox.hidden = !anything && kind === null && narrowing.regions.size + narrowing.themes.size === 0;
  renderFilters(found, narrowed(found.reports, narrowing), extras);
  // Only figures: every card, paged like the reports; otherwise the first few above the reports.
  const shownCards = kind === '数字' ? firstPages(cards, shownPages) : cards.slice(0, 4);
  answers.replaceChildren(...shownCards.map(renderCard));
  answers.hidden = shownCards.length === 0;
  const listed = kind === '数字' ? cards : reports;
  more.hidden = shownPages * PAGE_SIZE >= listed.length;
  pagesBox.hidden = pages.length === 0;
  pagesBox.open = false;
  pagesBox.querySelector('summary')!.textContent = `指标、主题与地区页（${pages.length}）`;
  pagesBox.querySelector('ul')!.replaceChildren();
  shownListing = pages;
  await rendered;
  if (mine !== ticket) return;
  document.documentElement.dataset.searchShown = term;
}

/** Listing pages behind the closed box: their passages are fetched only when a reader opens it. */
let shownListing: Hit[] = [];
pagesBox.addEventListener('toggle', async () => {
  const box = pagesBox.querySelector('ul')!;
  if (!pagesBox.open || box.childElementCount > 0) return;
  const listing = shownListing;
  const items = await Promise.all(
    listing.slice(0, PAGE_SIZE).map(async (hit) => {
      const data = await hit.data();
      const li = element('li', '');
      const a = element('a', '', data.meta.title);
      a.href = data.url;
      li.append(a, ` ${data.meta.description ?? ''}`);
      return li;
    }),
  );
  if (listing === shownListing) box.replaceChildren(...items);
});

function keepUrl(raw: string): void {
  const params = new URLSearchParams();
  if (raw.trim()) params.set('q', raw.trim());
  if (shownPages > 1) params.set('page', String(shownPages));
  history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
}

let latest = 0;
async function run(raw: string): Promise<void> {
  const mine = ++latest;
  const terms = (await simplified(normalizeQuery(raw))).split(' ').filter(Boolean);
  if (terms.length === 0) {
    current = undefined;
    summary.textContent = '';
    filterBox.hidden = true;
    list.replaceChildren();
    answers.hidden = true;
    pagesBox.hidden = true;
    more.hidden = true;
    return;
  }
  summary.textContent = '正在搜索…';
  const found = await find(terms);
  if (mine !== latest) return;
  current = found;
  keepUrl(raw);
  await show();
}

// The next ten, added below the ones shown: nothing shown is fetched or drawn again.
more.addEventListener('click', async () => {
  const found = current;
  if (!found) return;
  shownPages++;
  keepUrl(input.value);
  if (kind === '数字') return void show();
  const reports = listedReports(found);
  more.hidden = shownPages * PAGE_SIZE >= reports.length;
  await appendReports(reports.slice((shownPages - 1) * PAGE_SIZE, shownPages * PAGE_SIZE), found, ticket);
});
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    shownPages = 1;
    void run(input.value);
  }, 150);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  shownPages = 1;
  void run(input.value);
});
const initial = new URLSearchParams(location.search).get('q') ?? '';
if (initial) {
  input.value = initial;
  void run(initial);
}
input.focus();
