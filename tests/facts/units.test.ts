import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMeasureWords, measureWords, normalizeUnit } from '../../scripts/facts/units.ts';

const dir = mkdtempSync(join(tmpdir(), 'measure-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('measure words (content/measure-words.yaml)', () => {
  it('orders units longest first, so that 人次 is tried before 人, and takes listed units among them', () => {
    const { units, allUnits } = measureWords();
    expect(units.indexOf('人次')).toBeLessThan(units.indexOf('人'));
    expect(units.indexOf('万人次')).toBeLessThan(units.indexOf('人次'));
    expect(units).not.toContain('级');
    expect(allUnits).toContain('级');
  });

  it('gives each bare noun its unit', () => {
    expect(measureWords().bareUnit.get('会员')).toBe('人');
    expect(measureWords().bareUnit.get('职工')).toBe('人');
  });

  it('names the file and line of a list it cannot read', () => {
    const source = readFileSync('content/measure-words.yaml', 'utf8').replace(/^bareVerbs:.*$/mu, 'bareVerbs: []');
    const file = join(dir, 'measure-words.yaml');
    writeFileSync(file, source);
    const line = source.split('\n').findIndex((l) => l.startsWith('bareVerbs:')) + 1;
    expect(() => loadMeasureWords(file)).toThrow(new RegExp(`measure-words\\.yaml:${line}`));
  });

  it('reads 场(次) and 万人次 as 场次 and 人次', () => {
    expect(normalizeUnit('场', true)).toBe('场次');
    expect(normalizeUnit('万人次', false)).toBe('人次');
    expect(normalizeUnit('人次', true)).toBe('人次');
  });
});
