import { choiceFromQuery } from '../lib/view/pair-query.ts';

/**
 * A shared pair link may name its reports in the query (`?a=changli-2024&b=kuitun-2025`):
 * open the pre-rendered page of that choice, keeping the rest of the query (the chart view).
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-pair-choice] a[data-choice]')];
const target = choiceFromQuery(location.search, links.map((a) => ({ key: a.dataset.choice!, href: a.getAttribute('href')! })));
if (target) location.replace(target);
