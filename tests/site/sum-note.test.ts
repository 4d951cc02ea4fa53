import { describe, expect, it } from 'vitest';
import { sumLabel, sumNote } from '../../src/lib/format/sum-note.ts';

const link = (id: string) => `/reports/r/#${id}`;

describe('a summed value says so and links each part', () => {
  it('says nothing of a value the report states once', () => {
    expect(sumLabel({ facts: ['r-f001'] })).toBe('');
    expect(sumNote({ facts: ['r-f001'] }, link)).toBe('');
  });

  it('names how many figures were added and links every one', () => {
    const note = String(sumNote({ facts: ['r-f001', 'r-f007', 'r-f012'] }, link));
    expect(note).toContain('合计，3个数字相加');
    expect([...note.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/reports/r/#r-f001', '/reports/r/#r-f007', '/reports/r/#r-f012']);
    expect(note).toContain('aria-label="第2个数字"');
  });

  it('escapes what the link maker returns', () => {
    expect(String(sumNote({ facts: ['a', 'b'] }, () => '/x?"y'))).toContain('/x?&quot;y');
  });
});
