import { describe, expect, it } from 'vitest';
import { sentenceStart } from '../../src/lib/view/sentence-start.ts';

describe('sentenceStart', () => {
  it.each<[string, string]>([
    ['全年共办理法律援助案件', '全年共办理法律援助案件'],
    ['建成职工书屋一批。全年共办理法律援助案件', '全年共办理法律援助案件'],
    ['一是建会。二是维权；帮助农民工追回欠薪', '帮助农民工追回欠薪'],
    ['开展“送温暖”活动。” 全年慰问职工', '全年慰问职工'],
    ['（一）聚焦主责主业\n全年慰问', '全年慰问'],
    ['', ''],
  ])('%s starts its last sentence at “%s”', (before, sentence) => {
    expect(before.slice(sentenceStart(before))).toBe(sentence);
  });

  it('does not end a sentence at a comma or an enumeration comma', () => {
    expect(sentenceStart('一年来，全市各级工会、职工')).toBe(0);
  });
});
