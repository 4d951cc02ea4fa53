/** Han blocks where OpenCC has traditional forms: CJK Extension A, Unified Ideographs, Compatibility Ideographs. */
const HAN_RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** Code points per file of changed characters: a query fetches the files of its own characters only. */
const PER_FILE = 0x100;

const fileOf = (cp: number) => Math.floor(cp / PER_FILE).toString(16);

/** The names of the files of changed characters, one per 256 code points of the Han blocks. */
export function characterFiles(): string[] {
  return [...new Set(HAN_RANGES.flatMap(([from, to]) => Array.from({ length: Math.floor(to / PER_FILE) - Math.floor(from / PER_FILE) + 1 }, (_, i) => fileOf(from + i * PER_FILE))))];
}

/** The files a query's Han characters are in. */
export function filesFor(query: string): string[] {
  const han = [...query].map((c) => c.codePointAt(0)!).filter((cp) => HAN_RANGES.some(([from, to]) => cp >= from && cp <= to));
  return [...new Set(han.map(fileOf))];
}

/**
 * The characters of one file (all of them when none is named) that a converter changes: the
 * search page loads the (large) converter only when a query holds one of these, so
 * simplified queries never pay for it.
 */
export function changedCharacters(convert: (text: string) => string, file?: string): string {
  let out = '';
  for (const [from, to] of HAN_RANGES) {
    for (let cp = from; cp <= to; cp++) {
      if (file !== undefined && fileOf(cp) !== file) continue;
      const c = String.fromCodePoint(cp);
      if (convert(c) !== c) out += c;
    }
  }
  return out;
}

export function needsConverting(query: string, characters: string): boolean {
  return [...query].some((c) => characters.includes(c));
}

/**
 * A query as the index understands it: whitespace collapsed, and the punctuation readers
 * paste along with a phrase (quotes, brackets, enumeration commas) turned into spaces,
 * which Pagefind reads as "and".
 */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFKC')
    .replace(/[“”‘’"'《》〈〉「」『』【】()()、,,。.;;::!!??]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Text reduced to letters and digits, so `“两癌”筛查` and `两癌筛查` compare equal. */
export function matchKey(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/** A passage of a page around a term: the term itself apart, to be marked. */
export interface Passage {
  before: string;
  match: string;
  after: string;
}

/**
 * The passage of `content` around the first place that holds the query's first term whole
 * (punctuation and spacing inside the term allowed, as the index allows them), about
 * `length` characters on each side; null when the page does not hold it.
 */
export function passageAround(content: string, query: string, length = 36): Passage | null {
  const term = [...matchKey(query.split(' ').find((t) => matchKey(t)) ?? '')];
  if (term.length === 0) return null;
  // Each character of the term, with anything that is not a letter or digit allowed between them.
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(term.map(escape).join('[^\\p{L}\\p{N}]*'), 'iu');
  // Matched in the page's own text, which the passage quotes with its own marks.
  const text = content;
  const found = pattern.exec(text);
  if (!found) return null;
  const start = Math.max(0, found.index - length);
  const end = Math.min(text.length, found.index + found[0].length + length);
  return {
    before: `${start > 0 ? '…' : ''}${text.slice(start, found.index)}`,
    match: found[0],
    after: `${text.slice(found.index + found[0].length, end)}${end < text.length ? '…' : ''}`,
  };
}
