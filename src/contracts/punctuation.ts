/**
 * One reading of punctuation. Reports copied from the web keep full-width marks
 * (`，；：（）！？`); copies that went through some editors have their ASCII twins. Every
 * rule of the pipeline reads the folded form, while pages keep the source's own characters.
 * Folding replaces one UTF-16 unit with one, so an offset into the folded text is an
 * offset into the source.
 */

// The full-width forms of ASCII (U+FF01–U+FF5E: marks, digits, letters) and the small
// form variants of the comma, colon, semicolon, marks and parentheses.
const WIDE = /[\uff01-\uff5e\ufe50\ufe52\ufe54-\ufe57\ufe59\ufe5a]/g;
const SMALL_FORMS: Record<string, string> = {
  '\ufe50': ',', '\ufe52': '.', '\ufe54': ';', '\ufe55': ':', '\ufe56': '?', '\ufe57': '!', '\ufe59': '(', '\ufe5a': ')',
};

export function foldPunctuation(text: string): string {
  return text.replace(WIDE, (c) => SMALL_FORMS[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const withIndicesOf = new WeakMap<RegExp, RegExp>();

/**
 * `pattern.exec` on the folded reading of `text`, with the match and its groups cut from
 * `text` itself, so that what a rule takes out of a line keeps the source's characters.
 * `folded` may be passed in when the caller has it already.
 */
export function execReading(pattern: RegExp, text: string, folded = foldPunctuation(text)): RegExpExecArray | null {
  let withIndices = pattern.hasIndices ? pattern : withIndicesOf.get(pattern);
  if (!withIndices) {
    withIndices = new RegExp(pattern.source, `${pattern.flags}d`);
    withIndicesOf.set(pattern, withIndices);
  }
  withIndices.lastIndex = pattern.lastIndex;
  const match = withIndices.exec(folded);
  pattern.lastIndex = withIndices.lastIndex;
  if (!match) return null;
  const cut = (span: [number, number] | undefined) => (span ? text.slice(span[0], span[1]) : undefined);
  match.indices!.forEach((span, i) => {
    match[i] = cut(span)!;
  });
  if (match.groups) {
    for (const name of Object.keys(match.groups)) match.groups[name] = cut(match.indices!.groups![name])!;
  }
  return match;
}

/**
 * `text.replace(pattern, replacer)` matched on the folded reading: the replacer sees the
 * match and its groups in the source's own characters, and text outside matches is kept.
 */
export function replaceReading(text: string, pattern: RegExp, replacer: (match: RegExpExecArray) => string): string {
  if (!pattern.global) throw new Error('replaceReading needs a global pattern');
  const folded = foldPunctuation(text);
  let out = '';
  let at = 0;
  pattern.lastIndex = 0;
  for (let match = execReading(pattern, text, folded); match; match = execReading(pattern, text, folded)) {
    out += text.slice(at, match.index) + replacer(match);
    at = match.index + match[0].length;
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return out + text.slice(at);
}
