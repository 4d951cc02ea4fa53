import { InputError } from '../lib/input-error.ts';
import { type Block, structure, type Unit } from './blocks.ts';
import { type ChromeVocabulary, loadChrome, stripChrome } from './chrome.ts';
import { type Credits, emptyCredits, isAuthorSignature, takeCreditLine, takeDateline, takeTrailingCredit } from './credits.ts';
import { markDamage } from './mojibake.ts';
import { paths } from '../lib/paths.ts';
import { normalizeLines, unsafeCharacters } from './normalize.ts';
import { stripPinyin } from './pinyin.ts';
import { isTraditional, simplify } from './simplify.ts';

export interface CleanReport {
  title: string | null;
  kicker: string | null;
  blocks: Block[];
  credits: Credits;
  /** The source was in traditional characters; each block keeps its `original`. */
  traditional: boolean;
  /** Control and text-direction characters removed from the source. */
  removed: number;
}

let projectChrome: ChromeVocabulary | undefined;

/** content/chrome.yaml, read once. */
export function defaultChrome(): ChromeVocabulary {
  projectChrome ??= loadChrome(paths.chrome);
  return projectChrome;
}

/** From decoded text to a clean, structured report: every rule of the cleaning stage in order. */
export function cleanReport(text: string, file: string, chrome: ChromeVocabulary = defaultChrome()): CleanReport {
  const lines = normalizeLines(text)
    .map((line) => ({ line: line.n, original: markDamage(stripPinyin(line.text)), segments: line.segments, indent: line.indent }))
    .filter((line) => line.original !== '');
  const traditional = isTraditional(lines.map((l) => l.original).join(''));
  const credits = emptyCredits();

  const simplified = lines.map((l) => ({ ...l, text: traditional ? simplify(l.original) : l.original }));
  const units: Unit[] = stripChrome(simplified, chrome, credits).filter((u) => !takeCreditLine(u.text, credits));

  const last = units.at(-1);
  if (last && units.length > 1 && isAuthorSignature(last.text)) {
    credits.author = last.text;
    units.pop();
  }

  const { title, kicker, blocks } = structure(units);
  const opening = blocks.find((b) => b.kind === 'paragraph');
  if (opening) {
    opening.text = takeDateline(opening.text, credits);
    opening.original = takeDateline(opening.original, emptyCredits());
  }
  const closing = blocks.at(-1);
  if (closing?.kind === 'paragraph') {
    closing.text = takeTrailingCredit(closing.text, credits);
    closing.original = takeTrailingCredit(closing.original, emptyCredits());
  }
  if (!blocks.some((b) => b.kind === 'paragraph')) {
    throw new InputError(file, null, 'no report text is left after removing page chrome');
  }
  return { title, kicker, blocks, credits, traditional, removed: unsafeCharacters(text) };
}
