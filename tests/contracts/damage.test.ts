import { describe, expect, it } from 'vitest';
import { DAMAGE_CLOSE, DAMAGE_OPEN, replaceDamaged, splitDamaged, unfence } from '../../src/contracts/damage.ts';

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

describe('replaceDamaged and unfence', () => {
  const fenced = `奖${DAMAGE_OPEN}?wù)?${DAMAGE_CLOSE}2个,奖${DAMAGE_OPEN}?${DAMAGE_CLOSE}66人`;

  it('replaces each whole fenced span', () => {
    expect(replaceDamaged(fenced, (span) => `[${span.length}]`)).toBe('奖[5]2个,奖[1]66人');
  });

  it('drops the fences and keeps the damaged characters', () => {
    expect(unfence(fenced)).toBe('奖?wù)?2个,奖?66人');
  });
});
