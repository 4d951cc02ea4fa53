import { describe, expect, it } from 'vitest';
import { jsonLines } from '../../src/lib/downloads/json-lines.ts';

describe('jsonLines', () => {
  const data = { reports: [{ id: 'a', title: '甲县"工会"\n报告' }], facts: [{ id: 'a-f001', value: 44.9 }, { id: 'a-f002', value: null }], indicators: [] };

  it('reads back as the same data', () => {
    expect(JSON.parse(jsonLines(data))).toEqual(data);
  });

  it('puts each item on a line of its own', () => {
    const lines = jsonLines(data).trimEnd().split('\n');
    expect(lines).toContain('{"id":"a-f001","value":44.9},');
    expect(lines).toContain('{"id":"a-f002","value":null}');
    expect(lines.filter((l) => l.startsWith('{"id"'))).toHaveLength(3);
  });
});
