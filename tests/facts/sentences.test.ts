import { describe, expect, it } from 'vitest';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';
import { splitSentences } from '../../scripts/facts/sentences.ts';

describe.each(PUNCTUATION_FORMS)('splitSentences, %s', (_form, form) => {
  it('splits at full stops and exclamation marks, keeping closing quotes and offsets', () => {
    const text = form('“李劳模的故事太励志了!”现场职工纷纷表示。开展活动8次;覆盖职工500人');
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([form('“李劳模的故事太励志了!”'), form('现场职工纷纷表示。'), form('开展活动8次;覆盖职工500人')]);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(s.map((x) => x.text));
  });
});
