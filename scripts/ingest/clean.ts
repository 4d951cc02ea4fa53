import { InputError } from '../lib/input-error.ts';
import { foldPunctuation } from '../../src/contracts/punctuation.ts';
import { type Block, isHeadingLike, structure, type Unit } from './blocks.ts';
import { type ChromeVocabulary, loadChrome, stripChrome, trailingHeadlines, withoutPageDebris } from './chrome.ts';
import { interleavedColumns } from './columns.ts';
import { type Credits, emptyCredits, takeClosing, takeCreditLine, takeDateline, takeTrailingCredit } from './credits.ts';
import { namesDocumentKind, readHeadline } from './headline.ts';
import { rejoinNumbers } from './pdf-text.ts';
import { markDamage } from './mojibake.ts';
import { paths } from '../lib/paths.ts';
import { normalizeLines, unsafeCharacters } from './normalize.ts';
import { stripPinyin } from './pinyin.ts';
import { isTraditional, simplify } from './simplify.ts';

export interface CleanReport {
  title: string | null;
  kicker: string | null;
  /** A headline's second line, printed under the title. */
  subtitle: string | null;
  blocks: Block[];
  credits: Credits;
  /** The source was in traditional characters; each block keeps its `original`. */
  traditional: boolean;
  /** Control and text-direction characters removed from the source. */
  removed: number;
  /** Columns of the source page were taken across (`版面受损`): the lines are kept as found, not joined. */
  damagedLayout: boolean;
}

let projectChrome: ChromeVocabulary | undefined;

/** content/chrome.yaml, read once. */
export function defaultChrome(): ChromeVocabulary {
  projectChrome ??= loadChrome(paths.chrome);
  return projectChrome;
}

/** From decoded text to a clean, structured report: every rule of the cleaning stage in order. */
export function cleanReport(text: string, file: string, chrome: ChromeVocabulary = defaultChrome()): CleanReport {
  const lines = normalizeLines(withoutPageDebris(text, chrome))
    .map((line) => ({ line: line.n, original: markDamage(stripPinyin(line.text)), segments: line.segments, indent: line.indent }))
    .filter((line) => line.original !== '');
  const traditional = isTraditional(lines.map((l) => l.original).join(''));
  const credits = emptyCredits();

  const simplified = lines.map((l) => ({ ...l, text: traditional ? simplify(l.original) : l.original }));
  const stripped: Unit[] = stripChrome(simplified, chrome, credits)
    .filter((u) => !takeCreditLine(u.text, credits))
    .map((u) => ({ ...u, text: rejoinNumbers(u.text), original: rejoinNumbers(u.original) }));
  stripped.splice(stripped.length - takeClosing(stripped, credits, chrome.signers));
  stripped.splice(stripped.length - trailingHeadlines(stripped));

  const { units, subtitle } = readHeadline(stripped, chrome, credits);
  const damagedLayout = interleavedColumns(units.map((u) => u.text));
  const last = units.at(-1);
  if (last && units.length > 1 && !CLOSED.test(foldPunctuation(last.text))) last.cut = true;

  const { title, kicker, blocks } = damagedLayout ? asFound(units) : structure(units, (text) => namesDocumentKind(text, chrome));
  const opening = blocks.find((b) => b.kind === 'paragraph');
  if (opening) {
    opening.text = takeDateline(opening.text, credits);
    opening.original = takeDateline(opening.original, emptyCredits());
  }
  const closing = blocks.at(-1);
  if (closing?.kind === 'paragraph') {
    closing.text = takeTrailingCredit(closing.text, credits);
    closing.original = takeTrailingCredit(closing.original, emptyCredits());
    if (CLOSED.test(foldPunctuation(closing.text.trim()))) delete closing.incomplete;
  }
  if (!blocks.some((b) => b.kind === 'paragraph')) {
    throw new InputError(file, null, 'no report text is left after removing page chrome');
  }
  return { title, kicker, subtitle, blocks, credits, traditional, removed: unsafeCharacters(text), damagedLayout };
}

const CLOSED = /[。!?;…”’」』)】\]]$/u;

/** Lines whose order the page lost: each a paragraph as found, the first a title if it reads as one. */
function asFound(units: Unit[]): { title: string | null; kicker: null; blocks: Block[] } {
  const titled = units.length > 1 && isHeadingLike(units[0]!.text) && !/[,;]/u.test(foldPunctuation(units[0]!.text));
  const rest = titled ? units.slice(1) : units;
  return {
    title: titled ? units[0]!.text : null,
    kicker: null,
    blocks: rest.map((u) => ({ kind: 'paragraph', level: null, marker: null, text: u.text, original: u.original, credit: null, line: u.line })),
  };
}
