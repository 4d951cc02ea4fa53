import { sitePath } from '../lib/links/site-url.ts';

/**
 * On every page: `/` jumps to the search box, and a page opened from a search result
 * marks the searched words (Pagefind's highlighter, loaded only then).
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
  const box = document.querySelector<HTMLInputElement>('#search-q') ?? document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

const HIGHLIGHTER = sitePath('/pagefind/pagefind-highlight.js');
if (new URLSearchParams(location.search).has('pagefind-highlight')) {
  void import(/* @vite-ignore */ HIGHLIGHTER).then(({ default: PagefindHighlight }) => {
    new PagefindHighlight({ highlightParam: 'pagefind-highlight', addStyles: false, markOptions: { className: 'search-hit', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '[popover]', '[popover] *'] } });
    if (!location.hash) document.querySelector('.search-hit')?.scrollIntoView({ block: 'center' });
  });
}

// A printout names the page it came from, with the view its reader chose (the query string).
window.addEventListener('beforeprint', () => {
  for (const url of document.querySelectorAll('[data-page-url]')) url.textContent = location.href;
});
