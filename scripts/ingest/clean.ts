import { InputError } from '../lib/input-error.ts';
import { type Block, structure, type Unit } from './blocks.ts';
import { type Credits, emptyCredits, isAuthorSignature, takeCreditLine, takeTrailingCredit } from './credits.ts';
import { markDamage } from './mojibake.ts';
import { noiseRule } from './noise.ts';
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

/** From decoded text to a clean, structured report: every rule of the cleaning stage in order. */
export function cleanReport(text: string, file: string): CleanReport {
  const lines = normalizeLines(text)
    .map((line) => ({ line: line.n, original: markDamage(stripPinyin(line.text)) }))
    .filter((line) => line.original !== '');
  const traditional = isTraditional(lines.map((l) => l.original).join(''));
  const credits = emptyCredits();

  const units: Unit[] = lines
    .map((l) => ({ ...l, text: traditional ? simplify(l.original) : l.original }))
    .filter((u) => noiseRule(u.text) === null && !takeCreditLine(u.text, credits));

  const last = units.at(-1);
  if (last && units.length > 1 && isAuthorSignature(last.text)) {
    credits.author = last.text;
    units.pop();
  }

  const { title, kicker, blocks } = structure(units);
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
