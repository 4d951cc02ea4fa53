import { THEMES } from '../contracts/fact-values.ts';
import { type ReportOutline, SEARCH_FILES, type SearchCatalog, readBlockFile, readCatalog } from '../contracts/search-records.ts';
import { type SearchPlan, searchPlan } from '../contracts/search-tokens.ts';
import { THEME_LABELS, periodLabel, shortRegionName } from '../lib/format/labels.ts';
import { sitePath } from '../lib/links/site-url.ts';
import { type AnswerCard, type AnswerFile, answerCards, indicatorsAsked } from '../lib/search/answer-cards.ts';
import {
  PAGE_SIZE,
  type Narrowing,
  type RankedResult,
  type ReportHit,
  densestBlock,
  firstPages,
  narrowed,
  narrowingCounts,
  pageParam,
  regionFits,
  reportHits,
  sectionsHolding,
} from '../lib/search/report-hits.ts';
import { type PlaceEntry, SEARCH_PLACES, type SearchPlace, placeQuery, searchPlaces, searchTerms, unmentionedNote } from '../lib/search/places.ts';
import { filesFor, needsConverting, normalizeQuery, passageAround } from '../lib/search/search-query.ts';

/**
 * The search page. Pagefind holds every report and listing page as one record in tokens that
 * match a term only whole (src/contracts/search-tokens.ts), the reports in bundles of their
 * own that it merges (scripts/search/report-bundles.ts). This page asks it per query, maps
 * the record ids it answers with to reports (the catalog), ranks them as Pagefind does, shows
 * ten a page, each with a block of text around the term and the sections holding it (from the
 * locations Pagefind gives), and answers with figures where a query names an indicator.
 * A report's record is never fetched: it is the whole report.
 */
interface Fragment {
  url: string;
  meta: Record<string, string>;
}

/** A result's `words` (RankedResult) are undocumented: scripts/search/pagefind-format.ts. */
interface Hit extends RankedResult {
  data: () => Promise<Fragment>;
}

interface Pagefind {
  options: (options: { noWorker?: boolean; metaCacheTag?: string }) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options: { metaCacheTag?: string }) => Promise<void>;
  search: (term: string) => Promise<{ results: Hit[] } | null>;
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
const placesBox = document.querySelector<HTMLElement>('#search-places')!;

const json = <T>(path: string): Promise<T> => fetch(sitePath(path)).then((r) => r.json() as Promise<T>);

// Started at once, before any query: the script, its wasm and the index metadata of every
// bundle (the listing pages' and the reports'), and the catalog. Each entry file under the
// address its preload named (scripts/search/preload-index.ts).
const bundles = [...document.querySelectorAll<HTMLLinkElement>('link[data-bundle]')].map((link) => ({ folder: link.dataset.bundle!, tag: link.dataset.entryTag }));
const cacheTag = (tag: string | undefined) => (tag ? { metaCacheTag: tag } : {});
const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ sitePath('/pagefind/pagefind.js')).then(async (api: Pagefind) => {
  await api.options({ noWorker: true, ...cacheTag(bundles.find((b) => b.folder === '')?.tag) });
  void api.init();
  // Merged at once: a search waits for every bundle to be ready, and counts and ranks across them.
  for (const { folder, tag } of bundles) if (folder) void api.mergeIndex(sitePath(`/pagefind/${folder}/`), cacheTag(tag));
  return api;
});
const catalogFile = json<SearchCatalog>(SEARCH_FILES.catalog);
const catalog = catalogFile.then(readCatalog);
const blockUnits = catalogFile.then((c) => c.blockUnits);
const places = json<PlaceEntry[]>(SEARCH_PLACES).then(searchPlaces);
let vocabulary: Promise<Array<[string, string]>> | undefined;
const traditional = new Map<string, Promise<string>>();
let converter: Promise<(text: string) => string> | undefined;

/** The query in simplified characters; the converter is fetched only for a query that needs it. */
async function simplified(query: string): Promise<string> {
  const files = filesFor(query);
  for (const file of files) if (!traditional.has(file)) traditional.set(file, fetch(sitePath(`/search/traditional/${file}.txt`)).then((r) => r.text()));
  if (!needsConverting(query, (await Promise.all(files.map((f) => traditional.get(f)!))).join(''))) return query;
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
  reports: ReportHit[];
  pages: Hit[];
  /** Figures, asked once the reports' first files are: the reports do not wait for them. */
  cards: () => Promise<AnswerCard[]>;
}

/** Calls `ask` once, at the first call, and answers every call with its promise. */
function once<T>(ask: () => Promise<T>): () => Promise<T> {
  let asked: Promise<T> | undefined;
  return () => (asked ??= ask());
}

/** The figures of the indicators a query names. */
async function answersFor(terms: string[]): Promise<AnswerCard[]> {
  vocabulary ??= json('/search/indicators.json');
  const asked = indicatorsAsked(terms, await vocabulary);
  return (await Promise.all(asked.map((id) => json<AnswerFile>(`/search/answers/${id}.json`)))).flatMap(answerCards);
}

async function find(terms: string[]): Promise<Found> {
  const plans = terms.map(searchPlan).filter((p): p is SearchPlan => p !== null);
  if (plans.length === 0) return { terms, reports: [], pages: [], cards: async () => [] };
  const api = await pagefind;
  // Every term's words at once for the ranking and the locations, and each term's exact
  // phrase for the pages holding it. Both read the same index chunks.
  const [ranked, exact, reports] = await Promise.all([
    api.search(plans.map((p) => p.ranked).join(' ')),
    Promise.all(plans.map(async (p) => new Set((await api.search(p.exact))?.results.map((h) => h.id)))),
    catalog,
  ]);
  const cards = once(() => answersFor(terms));
  const results = ranked?.results ?? [];
  const span = Math.min(...plans.map((p) => p.span));
  const pages = results.filter((r) => !reports.has(r.id) && exact.every((ids) => ids.has(r.id)));
  return { terms, reports: reportHits(results, reports, exact, span), pages, cards };
}

/** The first term the text holds, around it. */
const excerptOf = (text: string, terms: string[]) => terms.map((t) => passageAround(text, t)).find((p) => p !== null) ?? null;

/** Links to the sections of a report holding the query, most occurrences first. */
function sectionLinks(outline: ReportOutline, hit: ReportHit, reportUrl: string, terms: string[]): HTMLElement | null {
  const sections = sectionsHolding(outline, hit.occurrences).slice(0, 3);
  if (sections.length === 0) return null;
  const links = element('ul', 'result-sections');
  for (const { id, title } of sections) {
    const a = element('a', '', title);
    a.href = withHighlight(`${reportUrl}#${id}`, terms);
    const li = element('li', '');
    li.append(a);
    links.append(li);
  }
  return links;
}

/** One report, drawn from its block of text around the term, which carries the report's heading and outline. */
async function renderReport(hit: ReportHit, block: Promise<string>, found: Found, place: (item: HTMLElement) => void): Promise<void> {
  const { heading: report, text } = readBlockFile(await block);
  const reportUrl = sitePath(`/reports/${hit.id}/`);
  const item = element('li', 'result');
  const heading = element('h2', 'result-heading');
  const link = element('a', 'result-title', report.title);
  link.href = withHighlight(reportUrl, found.terms);
  heading.append(link);
  const about = element('p', 'result-about', `报告 · ${report.region} · ${periodLabel(report.period)} · ${hit.occurrences.length}处`);
  const excerpt = element('p', 'result-excerpt');
  const passage = excerptOf(text, found.terms);
  if (passage) excerpt.append(passage.before, element('mark', '', passage.match), passage.after);
  else excerpt.textContent = `${text.slice(0, 80)}…`;
  item.append(heading, about, excerpt);
  const links = sectionLinks(report, hit, reportUrl, found.terms);
  if (links) item.append(links);
  place(item);
}

function renderCard(card: AnswerCard): HTMLElement {
  const item = element('li', 'answer');
  const a = element('a', '', `${card.report} · ${card.indicator} `);
  a.append(element('strong', '', card.value), ` ${card.review} →`);
  a.href = sitePath(card.path);
  item.append(a);
  return item;
}

/**
 * The places a query names, first: each one's region page and pair pages, and, when the query
 * has a topic besides, which of the place's reports do not mention it.
 */
function renderPlaces(named: SearchPlace[], topic: string[], found: Found): void {
  const mentioning = new Set(found.reports.map((r) => r.id));
  placesBox.replaceChildren(
    ...named.map((place) => {
      const item = element('div', 'search-place');
      item.dataset.place = place.id;
      const heading = element('h2', 'result-heading');
      const a = element('a', 'result-title', `${place.name}：全部${place.reports.length}份报告`);
      a.href = sitePath(`/regions/${place.id}/`);
      heading.append(a);
      item.append(heading);
      const note = topic.length > 0 ? unmentionedNote(place, topic, mentioning) : null;
      if (note) item.append(element('p', 'place-note', note));
      if (place.pairs.length > 0) {
        const pairs = element('ul', 'result-sections');
        for (const [slug, title] of place.pairs) {
          const link = element('a', '', title);
          link.href = sitePath(`/compare/${slug}/`);
          const li = element('li', '');
          li.append(link);
          pairs.append(li);
        }
        item.append(pairs);
      }
      return item;
    }),
  );
  placesBox.hidden = named.length === 0;
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

/** Adds reports to the list, each in its place as soon as its text arrives, in rank order. */
async function appendReports(hits: ReportHit[], found: Found, mine: number): Promise<void> {
  const slots = hits.map(() => element('li', 'result-pending'));
  list.append(...slots);
  const units = await blockUnits;
  const blocks = hits.map((hit) => fetch(sitePath(SEARCH_FILES.block(hit.id, densestBlock(hit.occurrences, units)))).then((r) => r.text()));
  await Promise.all(
    hits.map((hit, i) =>
      renderReport(hit, blocks[i]!, found, (item) => {
        if (mine === ticket) slots[i]!.replaceWith(item);
      }),
    ),
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
  const extras = { cards: await found.cards(), pages: found.pages };
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
  const query = normalizeQuery(raw);
  const termsOf = (q: string) => q.split(' ').filter(Boolean);
  // Asked as typed while the check for traditional characters runs: almost every query is simplified.
  const asTyped = find(termsOf(query));
  const converted = await simplified(query);
  const terms = termsOf(converted);
  if (terms.length === 0) {
    current = undefined;
    summary.textContent = '';
    placesBox.hidden = true;
    filterBox.hidden = true;
    list.replaceChildren();
    answers.hidden = true;
    pagesBox.hidden = true;
    more.hidden = true;
    return;
  }
  summary.textContent = '正在搜索…';
  const asked = placeQuery(terms, await places);
  const searched = searchTerms(terms, asked);
  const same = searched.join(' ') === termsOf(query).join(' ');
  const found = await (same ? asTyped : find(searched));
  if (mine !== latest) return;
  current = found;
  renderPlaces(asked.places, asked.topic, found);
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
