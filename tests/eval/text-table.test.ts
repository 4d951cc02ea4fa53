import { describe, expect, it } from 'vitest';
import { textTable } from '../../scripts/eval/text-table.ts';

describe('textTable', () => {
  it('aligns text left and numbers right, draws a rule with its caption, and gives a Han character two columns', () => {
    const table = textTable(['set', 'precision'], [['seeds', '93.1%'], { rule: 'own' }, ['种子', '100.0%']]);
    expect(table.split('\n')).toEqual([
      'set    precision',
      '----------------',
      'seeds      93.1%',
      '-- own ---------',
      '种子      100.0%',
    ]);
  });
});
