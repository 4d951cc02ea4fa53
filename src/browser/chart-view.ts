import { PERS, type ViewState, chosenView, parseViewState, viewStateQuery } from '../lib/view/view-state.ts';

/**
 * The charts' island: reads the view from the query string, shows the matching pre-rendered
 * chart, and writes the reader's choices back to the URL so a copied link reopens them.
 * Without it every chart still shows its default view.
 */
const figures = [...document.querySelectorAll<HTMLElement>('[data-chart]')];
// Region ids highlight all of a region's reports; report ids one of them.
const highlights = [...new Set(figures.flatMap((f) => (f.dataset.highlights ?? '').split(' ').filter(Boolean)))];
let state = parseViewState(location.search, highlights);

function apply(next: ViewState): void {
  state = next;
  for (const figure of figures) {
    const view = chosenView(state, (figure.dataset.views ?? '').split(' '));
    for (const variant of figure.querySelectorAll<HTMLElement>('[data-view]')) variant.hidden = variant.dataset.view !== view;
    for (const button of figure.querySelectorAll<HTMLButtonElement>('button[data-set]')) {
      const [key, value] = button.dataset.set!.split('=') as [keyof ViewState, string];
      const pressed = key === 'highlight' ? state.highlight.includes(value) : view.split('-')[key === 'per' ? 0 : 1] === value;
      button.setAttribute('aria-pressed', String(pressed));
    }
    for (const mark of figure.querySelectorAll<SVGElement>('.mark[data-region]')) {
      const picked = state.highlight.includes(mark.dataset.region!) || (mark.dataset.report !== undefined && state.highlight.includes(mark.dataset.report));
      mark.classList.toggle('dimmed', state.highlight.length > 0 && !picked);
    }
    for (const link of figure.querySelectorAll<HTMLAnchorElement>('a[data-download-view]')) {
      link.href = link.dataset.downloadView!.replace('{view}', view);
    }
    for (const button of figure.querySelectorAll<HTMLButtonElement>('button[data-png-view]')) {
      button.dataset.pngFrom = button.dataset.pngView!.replace('{view}', view);
    }
  }
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
  }
  apply(next);
  history.replaceState(null, '', `${location.pathname}${viewStateQuery(next)}${location.hash}`);
}

for (const figure of figures) {
  for (const controls of figure.querySelectorAll<HTMLElement>('.chart-controls')) controls.hidden = false;
  figure.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-set]');
    if (button) choose(button);
  });
}
apply(state);
