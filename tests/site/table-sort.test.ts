import { describe, expect, it } from 'vitest';
import { keyAt, nextDirection, sortOrder } from '../../src/lib/view/table-sort.ts';

describe('keyAt', () => {
  const given = [{ span: 1, key: '奎屯' }, { span: 1, key: '2025' }, { span: 1, key: '449000' }, { span: 1, key: '期内完成' }];
  const missing = [{ span: 1, key: '新疆' }, { span: 1, key: '2023' }, { span: 2, key: '' }];

  it('finds the cell under a column, counting spans', () => {
    expect(keyAt(given, 2)).toBe('449000');
    expect(keyAt(missing, 2)).toBe('');
    expect(keyAt(missing, 3)).toBe('');
    expect(keyAt(missing, 1)).toBe('2023');
  });

  it('gives no key past the end of a short row', () => {
    expect(keyAt(missing, 7)).toBe('');
  });
});

describe('sortOrder', () => {
  it('compares numbers as numbers, not as text', () => {
    expect(sortOrder(['9', '449000', '60000'], 'descending')).toEqual([1, 2, 0]);
    expect(sortOrder(['9', '449000', '60000'], 'ascending')).toEqual([0, 2, 1]);
  });

  it('keeps rows without a value last in both directions, in their original order', () => {
    const keys = ['', '30', '', '5'];
    expect(sortOrder(keys, 'descending')).toEqual([1, 3, 0, 2]);
    expect(sortOrder(keys, 'ascending')).toEqual([3, 1, 0, 2]);
  });

  it('sorts text in Chinese collation when any key is not a number', () => {
    const keys = ['县级', '省级', '开发区'];
    const order = sortOrder(keys, 'ascending');
    expect(order.map((i) => keys[i])).toEqual([...keys].sort(new Intl.Collator('zh-CN').compare));
  });

  it('keeps equal keys in their original order', () => {
    expect(sortOrder(['2025', '2023', '2025'], 'descending')).toEqual([0, 2, 1]);
  });
});

describe('nextDirection', () => {
  it('opens numbers largest first and text in order, then toggles', () => {
    expect(nextDirection(null, true)).toBe('descending');
    expect(nextDirection(null, false)).toBe('ascending');
    expect(nextDirection('descending', true)).toBe('ascending');
    expect(nextDirection('ascending', true)).toBe('descending');
  });
});
