import { DAMAGE_CLOSE, DAMAGE_OPEN } from '../../src/contracts/damage.ts';

// Characters MDX (with GFM) can read as syntax anywhere in a line: JSX and expressions,
// emphasis, code, links and images, tables, strikethrough, character references, math.
const INLINE_SYNTAX = /[\\`*_{}[\]<>#|~&!$^@]/g;
// Syntax that only counts at the start of a block: lists, thematic breaks, setext
// underlines, ordered lists (`1.`), and MDX's ESM (`import`/`export`).
const LEADING_MARK = /^[-+=]/;
const ORDERED_LIST = /^(\d{1,9})([.)])/;
const ESM_KEYWORD = /^(i)(mport\b)|^(e)(xport\b)/;

/**
 * Escapes report text so MDX renders it literally: nothing in a report can become markup,
 * a component, or a JavaScript expression. Damaged spans become a marked `<span>`.
 */
export function escapeMdxText(text: string, atBlockStart = true): string {
  let out = text
    .replace(INLINE_SYNTAX, (c) => `\\${c}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
  if (atBlockStart) {
    out = out
      .replace(LEADING_MARK, (c) => `\\${c}`)
      .replace(ORDERED_LIST, '$1\\$2')
      .replace(ESM_KEYWORD, (_m, i?: string, mport?: string, e?: string, xport?: string) =>
        i ? `&#${i.charCodeAt(0)};${mport}` : `&#${e!.charCodeAt(0)};${xport}`,
      );
  }
  return out.replaceAll(DAMAGE_OPEN, '<span class="damaged" title="原文此处乱码">').replaceAll(DAMAGE_CLOSE, '</span>');
}

// One pass over escaped MDX: an escaped character, a character reference, or a tag of ours.
const MDX_PIECE = /\\([\s\S])|&#(\d+);|<[^>]*>/g;

/**
 * The text of a line of report MDX as readers see it: escapes undone, tags (`<Fact>`,
 * headings, marked spans) dropped with their text kept. The inverse of escapeMdxText over
 * the MDX reportMdx writes, where a literal `<` is always escaped.
 */
export function mdxText(mdx: string): string {
  return mdx.replace(MDX_PIECE, (_m, escaped?: string, code?: string) => escaped ?? (code ? String.fromCharCode(Number(code)) : ''));
}
