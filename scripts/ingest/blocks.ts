import { replaceDamaged } from '../../src/contracts/damage.ts';
import { execReading, foldPunctuation } from '../../src/contracts/punctuation.ts';

/** A cleaned line on its way into a block; `original` is the source script before simplification. */
export interface Unit {
  line: number;
  text: string;
  original: string;
  /** The line started indented; where a text marks paragraphs so, lines that are not continue one. */
  indent?: boolean;
  /** The last line of a page cut short: a fragment, never a heading. */
  cut?: boolean;
}

export interface Block {
  kind: 'heading' | 'paragraph' | 'caption';
  /** 2 for section heads, 3 for numbered sub-heads; null for other blocks. */
  level: 2 | 3 | null;
  /** A numbering marker printed with the heading (`01`, `一`), without its punctuation. */
  marker: string | null;
  /** The marker as the copy prints it, with its punctuation (`三、`, `（二）`), where it stood in the heading's line. */
  markerForm?: string;
  text: string;
  original: string;
  /** Photo credit of a caption (`自治区总工会提供`). */
  credit: string | null;
  /** First source line of the block. */
  line: number;
  /** The paragraph breaks off where the copy was cut short (`原文不全`). */
  incomplete?: boolean;
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
  // A damaged span's `?` stands for a lost character, not a question.
  const text = foldPunctuation(replaceDamaged(source, () => '\ufffd'));
  return (
    text.length <= max &&
    !SENTENCE_PUNCTUATION.test(text) &&
    !OPEN_ENDING.test(text) &&
    !/\d$/.test(text) &&
    // Clauses run on by commas make a sentence cut short, not a heading.
    (text.match(/,/gu)?.length ?? 0) < 2 &&
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

/** A numbered line (`一、`, `(二)`, `3、`): a heading or a list item, never the tail of the line before. */
function isNumbered(unit: Unit): boolean {
  // `1.2万名职工…` opens with a decimal, not with a number of a list.
  if (/^\d{1,2}\.\d/u.test(foldPunctuation(unit.text))) return false;
  return execReading(SECTION_PREFIX, unit.text) !== null || execReading(SUBSECTION_PREFIX, unit.text) !== null;
}

/**
 * Whether the line above a heading-like line is the title all the same: it names the kind of
 * document it is (`documentTitle`), or the line under it opens a numbered series it is no part of.
 */
function titleOverHeading(title: Unit, next: Unit, documentTitle: (text: string) => boolean): boolean {
  return !isNumbered(title) && (documentTitle(title.text) || isNumbered(next));
}

/** Splits the title lines off the top: title-like lines before the first paragraph. */
function takeTitle(
  units: Unit[],
  startsParagraph: (i: number) => boolean,
  documentTitle: (text: string) => boolean,
): { title: string | null; kicker: string | null; rest: Unit[] } {
  let count = 0;
  while (count < 2 && count < units.length - 1 && isTitleLike(units[count]!.text) && !loneMarker(units[count]!.text) && !startsParagraph(count)) count++;
  // Under a line that names its kind of document, a second short line is its first heading, not the title.
  if (count === 2 && titleOverHeading(units[0]!, units[1]!, documentTitle) && (isNumbered(units[1]!) || !documentTitle(units[1]!.text))) count = 1;
  const next = units[count];
  if (count === 0 || !next || (isHeadingLike(next.text) && !startsParagraph(count) && !titleOverHeading(units[count - 1]!, next, documentTitle))) {
    return { title: null, kicker: null, rest: units };
  }
  const lines = units.slice(0, count).map((u) => u.text);
  return { title: lines.at(-1)!, kicker: lines.length > 1 ? lines.slice(0, -1).join(' ') : null, rest: units.slice(count) };
}

function headingFromPrefixed(unit: Unit): Block | null {
  const section = execReading(SECTION_PREFIX, unit.text);
  if (section) {
    return newBlock(unit, 'heading', { level: 2, marker: section[1]!, markerForm: section[0].trim(), text: unit.text.slice(section[0].length) });
  }
  const sub = execReading(SUBSECTION_PREFIX, unit.text);
  if (sub) {
    return newBlock(unit, 'heading', { level: 3, marker: sub[1] ?? sub[2]!, markerForm: sub[0].trim(), text: unit.text.slice(sub[0].length) });
  }
  return null;
}

/**
 * Turns cleaned lines into title, headings, paragraphs and captions. Web copies break
 * sentences across paragraphs and headings across lines; we rejoin a paragraph that
 * stops mid-sentence with the next non-heading line, and merge consecutive heading
 * lines, but never join a heading to a paragraph.
 */
export function structure(units: Unit[], documentTitle: (text: string) => boolean = () => false): Structure {
  // A text that indents its paragraphs and wraps their lines (newspaper pages): a line that
  // is not indented continues the paragraph before it, and an indented line followed by such
  // a line opens a paragraph, however short it is.
  const indentsParagraphs = units.filter((u) => u.indent).length >= MIN_INDENTED;
  const wraps = (list: Unit[], i: number) =>
    indentsParagraphs && list[i]!.indent === true && list[i + 1] !== undefined && !list[i + 1]!.indent && isUnfinished(list[i]!.text);
  const { title, kicker, rest } = takeTitle(units, (i) => wraps(units, i), documentTitle);
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
    const numbered = isNumbered(unit);
    const forcedJoin =
      !numbered &&
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
    } else if (!forcedJoin && !unit.cut && isHeadingLike(unit.text) && !wraps(rest, i)) {
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
      if (last?.kind === 'paragraph' && isUnfinished(lastLine(last)) && !numbered) {
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
  return { title, kicker, blocks: markCutEnd(alignSeries(blocks)) };
}

type Series = 'section' | 'subsection';

/** Which numbered series a paragraph opens, and the heading its lead would make. */
function seriesLead(block: Block): { series: Series; heading: Block; rest: string; restOriginal: string } | null {
  const unit: Unit = { line: block.line, text: block.text, original: block.original };
  const heading = isNumbered(unit) ? headingFromPrefixed(unit) : null;
  if (!heading) return null;
  const lead = /^([^。;:!?]{2,40}?)[。;:!?]\s*(.+)$/u.exec(foldPunctuation(heading.text));
  if (!lead || !isHeadingLike(lead[1]!)) return null;
  const cut = heading.text.length - lead[2]!.length;
  const originalHeading = headingFromPrefixed({ ...unit, text: block.original });
  const originalText = originalHeading?.text ?? block.original;
  const originalCut = originalText.length - (heading.text.length - cut);
  return {
    series: heading.level === 2 ? 'section' : 'subsection',
    heading: { ...heading, text: heading.text.slice(0, lead[1]!.length), original: originalText.slice(0, lead[1]!.length) },
    rest: heading.text.slice(cut),
    restOriginal: originalText.slice(Math.max(0, originalCut)),
  };
}

/**
 * Headings of one numbered series are read alike: where `(一)加强组织建设` is a heading, a
 * sibling `(二)维权服务。全年办结…` opens with its heading too, split off before the text.
 */
function alignSeries(blocks: Block[]): Block[] {
  const headed = new Set<Series>();
  for (const b of blocks) if (b.kind === 'heading' && b.marker !== null) headed.add(b.level === 2 ? 'section' : 'subsection');
  if (headed.size === 0) return blocks;
  return blocks.flatMap((b) => {
    const lead = b.kind === 'paragraph' ? seriesLead(b) : null;
    if (!lead || !headed.has(lead.series)) return [b];
    return [lead.heading, { ...b, text: lead.rest, original: lead.restOriginal }];
  });
}

/** A last paragraph that breaks off mid-sentence is where the copy was cut short. */
function markCutEnd(blocks: Block[]): Block[] {
  const last = blocks.at(-1);
  if (last?.kind === 'paragraph' && isUnfinished(last.text)) last.incomplete = true;
  return blocks;
}
