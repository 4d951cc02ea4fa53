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

  it('writes a field that is not a list on its own line', () => {
    const text = jsonLines({ title: '追回欠薪：各报告数值', reports: [{ id: 'a' }] });
    expect(text.split('\n')).toContain('"title": "追回欠薪：各报告数值",');
    expect(JSON.parse(text)).toEqual({ title: '追回欠薪：各报告数值', reports: [{ id: 'a' }] });
  });
});
