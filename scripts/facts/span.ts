import { findWords } from './find-words.ts';
import { parseHanNumeral } from './numbers.ts';

// How many clause breaks may stand between a run's years and a figure of that run.
const SPAN_REACH = 1;
const YEARS = /^(\d+|[零〇一二两三四五六七八九十]+)(?:多)?年/u;

/**
 * The years a work ran for when the words before a figure say so (`持续13年开展…,帮助近30万名`),
 * within its clause or the one before; null when they say nothing of it. `before` is the
 * text of the figure's segment up to it.
 */
export function spanYears(before: string, spans: readonly string[]): number | null {
  for (const hit of findWords(before, spans).reverse()) {
    const years = YEARS.exec(before.slice(hit.end));
    if (!years) continue;
    const breaks = before.slice(hit.end).match(/[,;:]/gu)?.length ?? 0;
    if (breaks > SPAN_REACH) return null;
    const n = /^\d+$/u.test(years[1]!) ? Number(years[1]) : parseHanNumeral(years[1]!);
    return n;
  }
  return null;
}
