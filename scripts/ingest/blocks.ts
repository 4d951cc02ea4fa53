import { execReading, foldPunctuation } from '../../src/contracts/punctuation.ts';

/** A cleaned line on its way into a block; `original` is the source script before simplification. */
export interface Unit {
  line: number;
  text: string;
  original: string;
  /** The line started indented; where a text marks paragraphs so, lines that are not continue one. */
  indent?: boolean;
}

export interface Block {
  kind: 'heading' | 'paragraph' | 'caption';
  /** 2 for section heads, 3 for numbered sub-heads; null for other blocks. */
  level: 2 | 3 | null;
  /** A numbering marker printed with the heading (`01`, `一`), without its punctuation. */
  marker: string | null;
  text: string;
  original: string;
  /** Photo credit of a caption (`自治区总工会提供`). */
  credit: string | null;
  /** First source line of the block. */
  line: number;
}

export interface Structure {
  title: string | null;
  /** A newspaper's kicker line printed above the title. */
  kicker: string | null;
  blocks: Block[];
}

const HEADING_MAX = 40;
// Indented lines it takes to read indentation as the mark of a paragraph.
const MIN_INDENTED = 3;
const TITLE_MAX = 60;
const SENTENCE_PUNCTUATION = /[。!?;…]/u;
const OPEN_ENDING = /[,、:(\[“‘《—\-·]$/u;
const CLOSED_ENDING = /[。!?;…”’」』)】\]]$/u;
const CONTINUATION_START = /^[,、。;:)”’」』%]/u;
const HAN_NUMERAL = '[一二三四五六七八九十]{1,3}';
const LONE_MARKER = new RegExp(
  `^(?:(0?\\d{1,2})|(${HAN_NUMERAL})|\\((${HAN_NUMERAL}|\\d{1,2})\\)|(第${HAN_NUMERAL}(?:部分|章|节|篇)?))[、.]?$`,
  'u',
);
const SECTION_PREFIX = new RegExp(`^(${HAN_NUMERAL})、\\s*`, 'u');
const SUBSECTION_PREFIX = new RegExp(`^(?:\\((${HAN_NUMERAL}|\\d{1,2})\\)|(\\d{1,2})[、.])\\s*`, 'u');
const CAPTION = /^(.*[。!])\s*([\p{Script=Han}A-Za-z·/]{2,16}?(?:提供|供图|摄影?))$/u;

export function isHeadingLike(source: string, max = HEADING_MAX): boolean {
  const text = foldPunctuation(source);
  return (
    text.length <= max &&
    !SENTENCE_PUNCTUATION.test(text) &&
    !OPEN_ENDING.test(text) &&
    !/\d$/.test(text) &&
    !(text.startsWith('“') && text.endsWith('”'))
  );
}

export function loneMarker(text: string): string | null {
  const m = execReading(LONE_MARKER, text);
  return m ? (m.slice(1).find((g) => g !== undefined) ?? null) : null;
}

// Paragraphs grow as broken lines are joined, so only their last character is read.
function isUnfinished(text: string): boolean {
  return !CLOSED_ENDING.test(foldPunctuation(text.slice(-1)));
}

/** What goes between a line and the next one it continues: a space between two Latin words. */
function joinSeparator(left: string, right: string): string {
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z]/.test(right) ? ' ' : '';
}

function newBlock(unit: Unit, kind: Block['kind'], rest: Partial<Block> = {}): Block {
  return { kind, level: null, marker: null, text: unit.text, original: unit.original, credit: null, line: unit.line, ...rest };
}

/** A title may exclaim or ask (`成绩单来了！`) where a heading does not; it never holds a full stop. */
function isTitleLike(source: string): boolean {
  return isHeadingLike(source.replace(/[!?！？]/gu, ''), TITLE_MAX) && !/[。;；]/u.test(source);
}

/** Splits the title lines off the top: title-like lines before the first paragraph. */
function takeTitle(units: Unit[], startsParagraph: (i: number) => boolean): { title: string | null; kicker: string | null; rest: Unit[] } {
  let count = 0;
  while (count < 2 && count < units.length - 1 && isTitleLike(units[count]!.text) && !loneMarker(units[count]!.text) && !startsParagraph(count)) count++;
  const next = units[count];
  if (count === 0 || !next || (isHeadingLike(next.text) && !startsParagraph(count))) return { title: null, kicker: null, rest: units };
  const lines = units.slice(0, count).map((u) => u.text);
  return { title: lines.at(-1)!, kicker: lines.length > 1 ? lines.slice(0, -1).join(' ') : null, rest: units.slice(count) };
}

function headingFromPrefixed(unit: Unit): Block | null {
  const section = execReading(SECTION_PREFIX, unit.text);
  if (section) {
    return newBlock(unit, 'heading', { level: 2, marker: section[1]!, text: unit.text.slice(section[0].length) });
  }
  const sub = execReading(SUBSECTION_PREFIX, unit.text);
  if (sub) {
    return newBlock(unit, 'heading', { level: 3, marker: sub[1] ?? sub[2]!, text: unit.text.slice(sub[0].length) });
  }
  return null;
}

/**
 * Turns cleaned lines into title, headings, paragraphs and captions. Web copies break
 * sentences across paragraphs and headings across lines; we rejoin a paragraph that
 * stops mid-sentence with the next non-heading line, and merge consecutive heading
 * lines, but never join a heading to a paragraph.
 */
export function structure(units: Unit[]): Structure {
  // A text that indents its paragraphs and wraps their lines (newspaper pages): a line that
  // is not indented continues the paragraph before it, and an indented line followed by such
  // a line opens a paragraph, however short it is.
  const indentsParagraphs = units.filter((u) => u.indent).length >= MIN_INDENTED;
  const wraps = (list: Unit[], i: number) =>
    indentsParagraphs && list[i]!.indent === true && list[i + 1] !== undefined && !list[i + 1]!.indent && isUnfinished(list[i]!.text);
  const { title, kicker, rest } = takeTitle(units, (i) => wraps(units, i));
  const blocks: Block[] = [];
  // A paragraph joined from broken lines keeps its lines apart until the end, and the rules
  // read its last line only: reading the end of a string built up with `+` copies all of it.
  const joined = new Map<Block, { text: string[]; original: string[] }>();
  const lastLine = (block: Block) => joined.get(block)?.text.findLast((t) => t !== '') ?? block.text;
  let pendingMarker: string | null = null;
  let previousWasHeading = false;

  rest.forEach((unit, i) => {
    const last = blocks.at(-1);
    const marker = loneMarker(unit.text);
    const next = rest[i + 1];
    if (marker !== null) {
      pendingMarker = next && isHeadingLike(next.text) && !loneMarker(next.text) ? marker : null;
      previousWasHeading = false;
      return;
    }
    const forcedJoin =
      last?.kind === 'paragraph' &&
      isUnfinished(lastLine(last)) &&
      (/\d$/.test(foldPunctuation(lastLine(last).slice(-1))) ||
        CONTINUATION_START.test(foldPunctuation(unit.text)) ||
        (indentsParagraphs && !unit.indent && headingFromPrefixed(unit) === null));
    const caption = execReading(CAPTION, unit.text);

    if (!forcedJoin && caption) {
      const originalCaption = execReading(CAPTION, unit.original);
      blocks.push(
        newBlock(unit, 'caption', {
          text: caption[1]!,
          credit: caption[2]!,
          original: originalCaption ? originalCaption[1]! : unit.original,
        }),
      );
      previousWasHeading = false;
    } else if (!forcedJoin && isHeadingLike(unit.text) && !wraps(rest, i)) {
      if (pendingMarker !== null) {
        blocks.push(newBlock(unit, 'heading', { level: 3, marker: pendingMarker }));
      } else if (previousWasHeading && last?.kind === 'heading' && last.marker === null && headingFromPrefixed(unit) === null && !unit.indent) {
        last.text = `${last.text} ${unit.text}`;
        last.original = `${last.original} ${unit.original}`;
      } else {
        blocks.push(headingFromPrefixed(unit) ?? newBlock(unit, 'heading', { level: 2 }));
      }
      previousWasHeading = true;
    } else {
      if (last?.kind === 'paragraph' && isUnfinished(lastLine(last))) {
        const lines = joined.get(last) ?? { text: [last.text], original: [last.original] };
        joined.set(last, lines);
        lines.text.push(joinSeparator(lastLine(last), unit.text) + unit.text);
        lines.original.push(joinSeparator(lines.original.findLast((t) => t !== '') ?? '', unit.original) + unit.original);
      } else {
        blocks.push(newBlock(unit, 'paragraph'));
      }
      previousWasHeading = false;
    }
    pendingMarker = null;
  });
  for (const [block, lines] of joined) [block.text, block.original] = [lines.text.join(''), lines.original.join('')];
  return { title, kicker, blocks };
}
