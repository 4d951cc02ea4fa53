import { replaceDamaged } from '../../src/contracts/damage.ts';
import { foldPunctuation } from '../../src/contracts/punctuation.ts';

// Words that open a clause without saying what is counted.
const LEADING_FILLER = /^(?:其中|分别为|分别是|分别有|包括|同时|并|还|共|共计|累计|全年|全区|全县|全市|此外|先后|已|总计|合计|达|为|向|对|在|让|给|的|和|与|及|以及|等)+/u;
// The reporting union names itself as the subject (`昌黎县总工会投入`); that says nothing of what is counted.
const SUBJECT = /^[\p{Script=Han}]{0,12}?总工会(?=[\p{Script=Han}]{2})/u;
const TRAILING_FILLER = /(?:达到|达|共计|共|累计|近|超过|超|逾|约|计|的|为|了|有)+$/u;
const DELIMITER = /[,;。、:!?()]/u;
const MAX = 20;
// What is counted stands close to its figure; reading no further keeps long paragraphs cheap.
const WINDOW = 120;

// Stands in for each character of a damaged span, so its debris (`?wù)?`) ends no clause.
const MASK = '\ue002';

function clean(text: string): string {
  return text.replaceAll(MASK, '').replace(/[“”‘’"《》]/gu, '');
}

/**
 * A short phrase saying what a quantity counts, read from its clause: the words before
 * the number (`新建工会组织104家`), or the noun right after the measure word when the
 * number comes first (`1855名职工参保`).
 */
export function whatOf(source: string, start: number, end: number, previousEnd: number): string {
  const lo = Math.max(previousEnd, start - WINDOW);
  const text = replaceDamaged(foldPunctuation(source.slice(lo, end + WINDOW)), (span) => MASK.repeat(span.length + 2));
  const [numberStart, numberEnd] = [start - lo, end - lo];
  let from = numberStart;
  while (from > 0 && !DELIMITER.test(text[from - 1]!)) from--;
  const before = clean(text.slice(from, numberStart)).replace(SUBJECT, '').replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '').trim();
  let to = numberEnd;
  while (to < text.length && !DELIMITER.test(text[to]!) && !/\d/.test(text[to]!)) to++;
  const after = clean(text.slice(numberEnd, to)).trim();
  const phrase = before.length >= 2 ? (after && before.length < 6 ? `${before}${after}` : before) : after || before;
  return [...phrase].slice(0, MAX).join('');
}
