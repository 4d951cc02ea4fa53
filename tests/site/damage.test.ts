import { describe, expect, it } from 'vitest';
import { DAMAGE_CLOSE, DAMAGE_OPEN, splitDamaged } from '../../src/lib/damage.ts';

describe('splitDamaged', () => {
  it('splits fenced damaged spans from clean text', () => {
    expect(splitDamaged(`全國五一勞動獎${DAMAGE_OPEN}?wù)?${DAMAGE_CLOSE}2個`)).toEqual([
      { text: '全國五一勞動獎', damaged: false },
      { text: '?wù)?', damaged: true },
      { text: '2個', damaged: false },
    ]);
    expect(splitDamaged('无损文字')).toEqual([{ text: '无损文字', damaged: false }]);
  });
});
