import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalSets, goldDrift } from '../../scripts/eval/sets.ts';

describe('evalSets', () => {
  it('lists real text first, then the sets written for the project', () => {
    const sets = evalSets();
    expect(sets.map((s) => s.real)).toEqual([...sets.map((s) => s.real)].sort((a, b) => Number(b) - Number(a)));
    expect(sets.filter((s) => s.real).map((s) => s.name)).toEqual(['seeds', 'dev']);
  });

  it('says why the development set cannot run where ../shared/ is absent, instead of failing', () => {
    const dev = evalSets('/nonexistent/shared/dev').find((s) => s.name === 'dev')!;
    expect(dev.absent()).toMatch(/\/nonexistent\/shared\/dev\/catalog\.json.* not found/);
    expect(evalSets('/nonexistent/shared/dev').find((s) => s.name === 'seeds')!.absent()).toBeNull();
  });
});

describe('goldDrift', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gold-drift-'));
  const write = (name: string, lines: object[]) => {
    writeFileSync(join(dir, name), lines.map((l) => JSON.stringify(l)).join('\n'));
    return join(dir, name);
  };

  it('counts the original lines its copy lacks or changed, not the lines the copy adds', () => {
    const original = write('original.jsonl', [{ a: 1 }, { a: 2 }, { a: 3 }]);
    const copy = write('copy.jsonl', [{ a: 1 }, { a: 2, note: 'changed' }, { a: 4 }]);
    expect(goldDrift(original, copy)).toBe(2);
    expect(goldDrift(copy, write('superset.jsonl', [{ a: 1 }, { a: 2, note: 'changed' }, { a: 4 }, { a: 5 }]))).toBe(0);
  });

  it('is silent when the original is absent', () => {
    expect(goldDrift(join(dir, 'missing.jsonl'), join(dir, 'original.jsonl'))).toBe(0);
  });
});
