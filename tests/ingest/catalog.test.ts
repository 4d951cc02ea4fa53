import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../scripts/ingest/catalog.ts';

let seeds: string;
let catalog: Array<Record<string, unknown>>;

beforeEach(() => {
  seeds = mkdtempSync(join(tmpdir(), 'catalog-'));
  cpSync('seeds', seeds, { recursive: true });
  catalog = JSON.parse(readFileSync(join(seeds, 'catalog.json'), 'utf8'));
});
afterEach(() => rmSync(seeds, { recursive: true, force: true }));

function write(entries: unknown): void {
  writeFileSync(join(seeds, 'catalog.json'), JSON.stringify(entries, null, 2));
}

/** Line of the first `text` after `after` in the written catalog. */
function lineOf(after: string, text: string): number {
  const source = readFileSync(join(seeds, 'catalog.json'), 'utf8');
  return source.slice(0, source.indexOf(text, source.indexOf(after))).split('\n').length;
}

describe('loadCatalog', () => {
  it('reads the seeds catalog in order', () => {
    expect(loadCatalog('seeds').map((e) => e.id)).toEqual(['kuitun-2025', 'xinjiang-2018-2023', 'chengzhong-2019-2024', 'changli-2025']);
  });

  it('names the entry and line of a missing required field', () => {
    delete (catalog[2]!.region as Record<string, unknown>).name;
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(
      `${join(seeds, 'catalog.json')}:${lineOf('"chengzhong-2019-2024"', '"region"')}: entry "chengzhong-2019-2024" (#3): region.name is required`,
    );
  });

  it('names the entry of a bad value', () => {
    (catalog[0]!.region as Record<string, unknown>).level = 'planet';
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/catalog\.json:\d+: entry "kuitun-2025" \(#1\): region\.level /);
  });

  it('names both entries of a duplicate id', () => {
    catalog[3]!.id = 'kuitun-2025';
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/entry "kuitun-2025" \(#4\): duplicate id "kuitun-2025", already used by entry "kuitun-2025" \(#1\)/);
  });

  it('names an entry whose file is missing', () => {
    catalog[1]!.file = 'missing.txt';
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/entry "xinjiang-2018-2023" \(#2\): file "missing\.txt" is not in/);
  });

  it('names a report file that has no entry', () => {
    writeFileSync(join(seeds, 'extra.txt'), '多出来的报告');
    expect(() => loadCatalog(seeds)).toThrow(`${join(seeds, 'extra.txt')}: has no entry in ${join(seeds, 'catalog.json')}; add one or remove the file`);
  });

  it('names the line of a JSON syntax error', () => {
    writeFileSync(join(seeds, 'catalog.json'), '[\n  { "id": "a",\n    "file": }\n]');
    expect(() => loadCatalog(seeds)).toThrow(/catalog\.json:3: invalid JSON/);
  });

  it('refuses a catalog that is not an array, and a missing catalog', () => {
    writeFileSync(join(seeds, 'catalog.json'), '{}');
    expect(() => loadCatalog(seeds)).toThrow(/catalog\.json:1: the catalog must be a JSON array/);
    rmSync(join(seeds, 'catalog.json'));
    expect(() => loadCatalog(seeds)).toThrow(/catalog\.json: the catalog is missing/);
  });
});
