import { replaceReading } from '../../src/contracts/punctuation.ts';

// Some sites annotate characters with their reading, `會(huì )`; the annotation sits right
// after a Han character and holds one pinyin syllable, possibly with stray spaces.
const ANNOTATION = /(\p{Script=Han})\(\s*([a-z\u00e0-\u024f\u0300-\u036f]{1,7}[1-5]?)\s*\)/gu;

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)';
// ü (typed v) follows only n, l, j, q, x and y.
const U_FINAL = '(?:üan|van|üe|ve|ün|vn|ü|v)';
const SYLLABLE = new RegExp(`^(?:${INITIAL}${FINAL}|[nljqxy]${U_FINAL})r?$`);

/** True for a single pinyin syllable, with or without tone marks or a tone digit. */
export function isPinyinSyllable(word: string): boolean {
  const bare = word
    .toLowerCase()
    .replace(/[1-5]$/, '')
    .normalize('NFD')
    .replace(/u\u0308/g, 'ü')
    .replace(/[\u0300-\u036f]/g, '');
  return SYLLABLE.test(bare);
}

// After a character the decoder lost (`?`, U+FFFD) the annotations around it lose their
// brackets and letters of the lost bytes stay: `表?yè)P(yáng)`, `實打?qū)嵎?wù)`.
const PIECE = '[a-z\u00e0-\u024f\u0300-\u036f]{1,7}[1-5]?';
const DAMAGED_ANNOTATION = new RegExp(`([?\\ufffd])((?:\\(?\\s*${PIECE}\\s*\\)|[A-Z](?=\\())+)`, 'gu');

/** The remains of annotations beside a lost character, taken off whole; the `?` stays as the damage mark. */
function stripDamagedAnnotations(text: string): string {
  return text.replace(DAMAGED_ANNOTATION, (whole, lost: string, rest: string) => {
    const syllables = rest.match(new RegExp(PIECE, 'gu')) ?? [];
    return syllables.length > 0 && syllables.every(isPinyinSyllable) ? lost : whole;
  });
}

/** Removes pinyin annotations (`工會(huì )` → `工會`) and leaves real parentheses (`(克州賽區)`, `场(次)`) alone. */
export function stripPinyin(text: string): string {
  return stripDamagedAnnotations(replaceReading(text, ANNOTATION, ([whole, han, word]) => (isPinyinSyllable(word!) ? han! : whole)));
}
