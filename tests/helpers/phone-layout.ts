/**
 * What a phone reader would see go wrong on a page, measured in the browser (run with
 * page.evaluate): text drawn under 12 px, in HTML or in a chart scaled to the screen, and
 * numbers or periods a line break cuts in two in a table cell.
 */
export interface PhoneProblems {
  small: string[];
  broken: string[];
}

export function phoneProblems(minimum: number): PhoneProblems {
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
      if (e.classList.contains('visually-hidden')) return false;
    }
    return true;
  };
  const small: string[] = [];
  const broken: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const NUMBER = /\d[\d.,，–—~～-]*\d|\d/g;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const content = node.textContent ?? '';
    if (!content.trim()) continue;
    const parent = node.parentElement!;
    if (parent.closest('script, style, desc, title, [hidden], details:not([open]) > :not(summary)')) continue;
    if (!visible(parent)) continue;
    const inSvg = parent.closest('svg');
    const size = Number.parseFloat(getComputedStyle(parent).fontSize) * (inSvg && parent instanceof SVGGraphicsElement ? (parent.getScreenCTM()?.a ?? 1) : 1);
    if (size < minimum - 0.05) small.push(`${size.toFixed(1)}px “${content.trim().slice(0, 20)}” in ${parent.tagName.toLowerCase()}.${parent.getAttribute('class') ?? ''}`);
    if (inSvg || !parent.closest('td, th')) continue;
    for (const m of content.matchAll(NUMBER)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.push(`“${m[0]}” in “${content.trim().slice(0, 30)}” (${parent.tagName.toLowerCase()})`);
    }
  }
  return { small, broken };
}
