// ASCII marks that web copies print full-width, and the characters beside which they do.
const MARKS = /[,;:()!?]/g;
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—]/u;

// Debris of a failed decoding (`獎?wù)?2個`) is ASCII whatever the page's punctuation:
// a `?` or parenthesis beside Latin letters or another `?`.
const DEBRIS = /[A-Za-z?\u00c0-\u024f]/u;

/**
 * The text as a web page would print it: an ASCII mark next to Chinese text becomes its
 * full-width twin (`场(次)` → `场（次）`), one code unit for one. Marks between Latin letters
 * or digits (`E-mail:`, `3.5`) and mojibake debris stay as they are.
 */
export function toFullWidth(text: string): string {
  return text.replace(MARKS, (mark, at: number) => {
    const [before, after] = [text[at - 1] ?? '', text[at + 1] ?? ''];
    const debris = '?()'.includes(mark) && (DEBRIS.test(before) || DEBRIS.test(after));
    const widen = (CHINESE.test(before) || CHINESE.test(after)) && !debris;
    return widen ? String.fromCharCode(mark.charCodeAt(0) + 0xfee0) : mark;
  });
}
