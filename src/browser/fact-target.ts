import { sentenceStart } from '../lib/view/sentence-start.ts';

/**
 * On a report page opened at a figure (`#kuitun-2025-f012`, the link from every chart, table and
 * card): the page scrolls so the figure's sentence begins near the top of the screen, rather
 * than the number sitting at the top edge with what it counts off-screen above. The figure
 * itself is marked by `.fact:target`.
 */

/** The blocks of prose a figure's sentence lies within. */
const BLOCK = 'p, li, td, th, dd, blockquote, h1, h2, h3, h4, h5, h6';

/** The first character of the sentence holding `fact`, as a range; null when the figure begins it. */
function sentenceRange(fact: HTMLElement): Range | null {
  const block = fact.parentElement?.closest(BLOCK) ?? fact.parentElement;
  if (!block) return null;
  // The text a reader sees before the figure: not the closed cards of earlier figures.
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[popover]') || !(fact.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) || fact.contains(node)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let offset = sentenceStart(nodes.map((n) => n.data).join(''));
  for (const node of nodes) {
    if (offset < node.data.length) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range;
    }
    offset -= node.data.length;
  }
  return null;
}

function showSentence(): void {
  const fact = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!fact?.classList.contains('fact')) return;
  const figure = fact.getBoundingClientRect();
  const start = sentenceRange(fact)?.getBoundingClientRect() ?? figure;
  const margin = 2 * parseFloat(getComputedStyle(document.documentElement).fontSize);
  // A sentence so long that its start would push the figure off the screen: the figure a third of the way down.
  const top = figure.bottom - start.top + 2 * margin < innerHeight ? start.top - margin : figure.top - innerHeight / 3;
  window.scrollBy({ top, behavior: 'instant' });
}

// After the browser's own jump to the fragment, which happens by the time the page has loaded.
if (document.readyState === 'complete') showSentence();
else addEventListener('load', showSentence, { once: true });
addEventListener('hashchange', showSentence);
