import { figureSpecs } from '../charts/chart-spec.ts';
import { type PairChoice, type PairPage, latestChoice, sameChoice } from '../lib/data/region-pairs.ts';
import type { ReportFigures } from '../lib/data/report-figures.ts';
import { type Html, html } from '../lib/format/html.ts';
import { sitePath } from '../lib/links/site-url.ts';
import { PAIR_NOTICES, pairChoice, pairMeta, pairOnly, pairTable, pairWarning } from '../lib/view/pair-markup.ts';
import { pairChoiceFromQuery } from '../lib/view/pair-query.ts';
import { pairDownloadName, pairVariants, pairView } from '../lib/view/pair-view.ts';
import { replaceQuery } from '../lib/view/view-state.ts';
import { replaceCharts } from './chart-view.ts';
import { sortable } from './table-sort.ts';

/**
 * A pair page compares its regions' latest reports as built. A shared link may name others
 * (`?a=changli-2024&b=kuitun-2025`), and the reader may pick them on the page: the two
 * reports' figures are fetched and the comparison is written again with the functions that
 * wrote it at build time, the chart's view kept. Without JavaScript the page shows the latest two.
 */
const page = JSON.parse(document.querySelector('script[data-pair-page]')!.textContent!) as PairPage;
const part = (name: string) => document.querySelector<HTMLElement>(`[data-pair-part="${name}"]`)!;
const figure = document.querySelector<HTMLElement>('#pair-chart')!;
const latest = latestChoice(page);
let shown = latest;
// Only the last choice asked for is shown, however its figures' requests finish.
let asked = 0;

const loaded = new Map<string, Promise<ReportFigures>>();
function figures(report: string): Promise<ReportFigures> {
  if (!loaded.has(report)) {
    const request = fetch(sitePath(`/data/reports/${report}.json`)).then((r) => (r.ok ? (r.json() as Promise<ReportFigures>) : Promise.reject(new Error(`${r.status}`))));
    request.catch(() => loaded.delete(report));
    loaded.set(report, request);
  }
  return loaded.get(report)!;
}

function write(name: string, markup: Html): void {
  // Markup of our own templates, which escape every text they are given.
  part(name).innerHTML = markup.text;
}

function notice(text: string): void {
  const choice = part('choice');
  choice.querySelector('[data-pair-notice]')?.remove();
  choice.insertAdjacentHTML('afterbegin', html`<p class="warning" data-pair-notice>${text}</p>`.text);
}

async function show(choice: PairChoice): Promise<void> {
  const ticket = ++asked;
  if (sameChoice(choice, shown)) return;
  let a: ReportFigures;
  let b: ReportFigures;
  try {
    [a, b] = await Promise.all([figures(choice.a), figures(choice.b)]);
  } catch {
    if (ticket === asked) notice(PAIR_NOTICES.failed);
    return;
  }
  if (ticket !== asked) return;
  const view = pairView(page, a, b);
  shown = choice;
  write('meta', pairMeta(view));
  write('choice', pairChoice(page, view));
  write('warning', pairWarning(view));
  write('table', pairTable(view));
  for (const table of part('table').querySelectorAll('table')) sortable(table);
  write('only', pairOnly(view));
  const none = view.comparison.shared.length === 0;
  figure.hidden = none;
  document.querySelector<HTMLElement>('[data-pair-none]')!.hidden = !none;
  replaceCharts(figure, figureSpecs(pairVariants(view)), pairDownloadName(page, view));
}

function fromQuery(): void {
  const choice = pairChoiceFromQuery(location.search, page);
  if (choice === 'unknown') notice(PAIR_NOTICES.unknown);
  void show(choice === 'unknown' || choice === null ? latest : choice);
}

// A choice on the page keeps the chart's view, and the back button returns to the choice before.
part('choice').addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-choose]');
  if (!link) return;
  event.preventDefault();
  const [a, b] = link.dataset.choose!.split('~') as [string, string];
  // The link's own query names the two, or nothing for the latest two.
  history.pushState(null, '', `${location.pathname}${replaceQuery(location.search, ['a', 'b'], new URL(link.href).search)}`);
  void show({ a, b });
});
addEventListener('popstate', fromQuery);
fromQuery();
