import { DAMAGE_CLOSE, DAMAGE_OPEN } from '../../src/contracts/damage.ts';

// Where a decoder gave up we find the replacement character, the GBK/UTF-8 round-trip
// debris `锟斤拷`/`烫烫烫`, or ASCII `?` standing for lost characters, often with the
// Latin remains of a lost pinyin annotation fused to it (`獎?wù)?2個`).
const CANDIDATE = /(?:锟斤拷|烫烫|屯屯)+|[\ufffd?](?:[a-z\u00c0-\u024f()]*[\ufffd?])*/gu;
// A real question mark after these is a question, not damage (sloppy copies use ASCII `?`).
const QUESTION_WORD = /(?:吗|呢|么|吧|啊|呀|谁|哪|何|几|多少|怎样|怎么|什么|是否|[嗎麼誰幾])$/u;
const HAN = /\p{Script=Han}/u;
const DIGIT = /\d/;

function isDamage(span: string, before: string, after: string): boolean {
  if (span[0] !== '?' || span.length > 1) return true;
  if (DIGIT.test(before.slice(-1)) || DIGIT.test(after[0] ?? '')) return true;
  return HAN.test(before.slice(-1)) && HAN.test(after[0] ?? '') && !QUESTION_WORD.test(before);
}

/** Fences each damaged span with DAMAGE_OPEN … DAMAGE_CLOSE; the text itself is kept. */
export function markDamage(text: string): string {
  return text.replace(CANDIDATE, (span: string, offset: number) =>
    isDamage(span, text.slice(Math.max(0, offset - 2), offset), text.slice(offset + span.length))
      ? `${DAMAGE_OPEN}${span}${DAMAGE_CLOSE}`
      : span,
  );
}
