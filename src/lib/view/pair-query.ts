/** One pre-rendered pair choice: `a~b` report ids and its page. */
export interface PairChoiceLink {
  key: string;
  href: string;
}

/**
 * Where a pair URL's `?a=<report>&b=<report>` leads: the page of that choice with the rest
 * of the query kept, or null when the query names no choice this page offers (the page
 * already shows it, or the ids are unknown; an unknown id never leads anywhere).
 */
export function choiceFromQuery(search: string, choices: PairChoiceLink[]): string | null {
  const params = new URLSearchParams(search);
  const a = params.get('a');
  const b = params.get('b');
  if (!a || !b) return null;
  const found = choices.find((c) => c.key === `${a}~${b}` || c.key === `${b}~${a}`);
  if (!found) return null;
  params.delete('a');
  params.delete('b');
  const rest = params.toString();
  return `${found.href}${rest ? `?${rest}` : ''}`;
}
