import { describe, expect, it } from 'vitest';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { splitSentences } from '../../scripts/facts/sentences.ts';
import { DAMAGE_CLOSE, DAMAGE_OPEN } from '../../src/contracts/damage.ts';

describe.each(PUNCTUATION_FORMS)('splitSentences, %s', (_form, form) => {
  it('splits at full stops and exclamation marks, keeping closing quotes and offsets', () => {
    const text = form('“李劳模的故事太励志了!”现场职工纷纷表示。开展活动8次;覆盖职工500人');
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([form('“李劳模的故事太励志了!”'), form('现场职工纷纷表示。'), form('开展活动8次;覆盖职工500人')]);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(s.map((x) => x.text));
  });

  it('reads a question mark the source damaged as a lost character, not the end of a sentence', () => {
    const lost = `${DAMAGE_OPEN}?${DAMAGE_CLOSE}`;
    const text = form(`评选表彰奖状207个、奖${lost}66人、先锋号436个。是否完成?`);
    expect(splitSentences(text).map((x) => x.text)).toEqual([form(`评选表彰奖状207个、奖${lost}66人、先锋号436个。`), form('是否完成?')]);
  });
});
