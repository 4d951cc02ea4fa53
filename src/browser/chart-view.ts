import { type FigureSpecs, PAGE_WIDTHS, drawChart, unpackSpec } from '../charts/chart-spec.ts';
import { ORDERS, PERS, VIEW_KEYS, type ViewState, chosenView, parseViewState, replaceQuery, viewParts, viewStateQuery } from '../lib/view/view-state.ts';

/**
 * The charts' island: reads the view from the query string, shows the matching chart, and
 * writes the reader's choices back to the URL so a copied link reopens them. The page holds
 * its default view drawn, and the other views' rows; a view is drawn here the first time it
 * is shown. Without it every chart still shows its default view.
 */
const figures = [...document.querySelectorAll<HTMLElement>('[data-chart]')];
// Region ids highlight all of a region's reports; report ids one of them.
const highlights = [...new Set(figures.flatMap((f) => (f.dataset.highlights ?? '').split(' ').filter(Boolean)))];
let state = parseViewState(location.search, highlights);

const specs = new WeakMap<HTMLElement, FigureSpecs | null>();

function pageSpecs(figure: HTMLElement): FigureSpecs | null {
  if (!specs.has(figure)) {
    const text = figure.querySelector('script[data-chart-specs]')?.textContent;
    specs.set(figure, text ? (JSON.parse(text) as FigureSpecs) : null);
  }
  return specs.get(figure)!;
}

/** Draws a view the figure has rows for, after `anchor`: by default the views drawn so far, unless it is among them. */
function draw(figure: HTMLElement, view: string, anchor?: Element): void {
  const drawn = figure.querySelectorAll<HTMLElement>('.chart-view');
  if (!anchor && [...drawn].some((v) => v.dataset.view === view)) return;
  const after = anchor ?? drawn[drawn.length - 1];
  const packed = pageSpecs(figure);
  const spec = packed ? unpackSpec(packed, view) : null;
  if (!packed || !spec || !after) return;
  const variant = document.createElement('div');
  variant.className = 'chart-view';
  variant.dataset.view = view;
  variant.dataset.file = (figure.dataset.file ?? '').replace('{view}', view);
  variant.dataset.footer = (packed.footers[view] ?? []).join('\n');
  variant.hidden = true;
  for (const [width, size] of Object.entries(PAGE_WIDTHS)) {
    const holder = document.createElement('div');
    holder.className = `chart-${width}`;
    // Markup of our own chart functions, which escape every text and attribute they write.
    holder.innerHTML = drawChart(spec, size);
    variant.append(holder);
  }
  if (spec.summary) {
    const summary = document.createElement('p');
    summary.className = 'chart-summary';
    summary.textContent = spec.summary;
    variant.append(summary);
  }
  after.after(variant);
}

function apply(next: ViewState): void {
  state = next;
  for (const figure of figures) {
    const view = chosenView(state, (figure.dataset.views ?? '').split(' '));
    draw(figure, view);
    for (const variant of figure.querySelectorAll<HTMLElement>('[data-view]')) variant.hidden = variant.dataset.view !== view;
    for (const button of figure.querySelectorAll<HTMLButtonElement>('button[data-set]')) {
      const [key, value] = button.dataset.set!.split('=') as [keyof ViewState, string];
      const pressed = key === 'highlight' ? state.highlight.includes(value) : String(viewParts(view)[key]) === value;
      button.setAttribute('aria-pressed', String(pressed));
    }
    for (const mark of figure.querySelectorAll<SVGElement>('.mark[data-region]')) {
      const picked = state.highlight.includes(mark.dataset.region!) || (mark.dataset.report !== undefined && state.highlight.includes(mark.dataset.report));
      mark.classList.toggle('dimmed', state.highlight.length > 0 && !picked);
    }
  }
}

/**
 * Puts other figures in a chart's place, every view as rows (a pair page showing reports its
 * reader chose): the view on show is drawn where the old ones stood, buttons for views the
 * chart no longer has are hidden, and the reader's view is kept.
 */
export function replaceCharts(figure: HTMLElement, next: FigureSpecs, file: string): void {
  const views = Object.keys(next.views);
  const old = [...figure.querySelectorAll<HTMLElement>('.chart-view')];
  specs.set(figure, next);
  figure.dataset.views = views.join(' ');
  figure.dataset.file = file;
  if (old[0]) draw(figure, chosenView(state, views), old[0]);
  for (const view of old) view.remove();
  for (const button of figure.querySelectorAll<HTMLButtonElement>('button[data-set^="per="]')) {
    button.hidden = !views.some((v) => v.startsWith(`${button.dataset.set!.slice('per='.length)}-`));
  }
  apply(state);
}

function choose(button: HTMLButtonElement): void {
  const [key, value] = button.dataset.set!.split('=') as [keyof ViewState, string];
  const next: ViewState = { ...state, highlight: [...state.highlight] };
  if (key === 'highlight') {
    next.highlight = next.highlight.includes(value) ? next.highlight.filter((r) => r !== value) : [...next.highlight, value];
  } else if (key === 'per') {
    next.per = PERS.find((per) => per === value) ?? next.per;
  } else if (key === 'scale' && (value === 'linear' || value === 'log')) {
    next.scale = value;
  } else if (key === 'order') {
    next.order = ORDERS.find((order) => order === value) ?? next.order;
  }
  apply(next);
  history.replaceState(null, '', `${location.pathname}${replaceQuery(location.search, VIEW_KEYS, viewStateQuery(next))}${location.hash}`);
}

for (const figure of figures) {
  for (const controls of figure.querySelectorAll<HTMLElement>('.chart-controls')) controls.hidden = false;
  figure.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-set]');
    if (button) choose(button);
  });
}
apply(state);
