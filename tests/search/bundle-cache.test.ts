import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleCache } from '../../scripts/search/bundle-cache.ts';
import type { SearchRecord } from '../../scripts/search/report-records.ts';

let work = '';
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'bundle-cache-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const record = (url: string, content: string): SearchRecord => ({ url, content, language: 'und', meta: { title: url }, filters: {} });

/** A writer that stands for Pagefind: it writes the records' URLs and counts its calls. */
function writer(out: string, records: SearchRecord[]) {
  const calls = { n: 0 };
  const write = async () => {
    calls.n++;
    mkdirSync(join(out, 'index'), { recursive: true });
    writeFileSync(join(out, 'pagefind-entry.json'), JSON.stringify(records.map((r) => r.url)));
    writeFileSync(join(out, 'index', 'chunk.pf_index'), records.map((r) => r.content).join('|'));
  };
  return { calls, write };
}

const read = (dir: string) => ({ entry: readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'), chunk: readFileSync(join(dir, 'index', 'chunk.pf_index'), 'utf8') });

describe('bundleCache', () => {
  const records = [record('/reports/a/', 'aaa'), record('/reports/b/', 'bbb')];

  it('writes a bundle once and copies it, byte for byte, for the same records and code', async () => {
    const cache = join(work, 'cache');
    const out = join(work, 'out');
    const first = writer(out, records);
    expect(await bundleCache(cache, 'code-1')(records, out, first.write)).toBe(false);
    const written = read(out);
    rmSync(out, { recursive: true });
    const second = writer(out, records);
    expect(await bundleCache(cache, 'code-1')(records, out, second.write)).toBe(true);
    expect(second.calls.n).toBe(0);
    expect(read(out)).toEqual(written);
    // One entry, complete: nothing left aside.
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('writes again when a record or the code changes', async () => {
    const cache = join(work, 'cache');
    const out = join(work, 'out');
    await bundleCache(cache, 'code-1')(records, out, writer(out, records).write);
    const changed = [records[0]!, record('/reports/b/', 'bbc')];
    const again = writer(out, changed);
    expect(await bundleCache(cache, 'code-1')(changed, out, again.write)).toBe(false);
    expect(read(out).chunk).toBe('aaa|bbc');
    const newCode = writer(out, records);
    expect(await bundleCache(cache, 'code-2')(records, out, newCode.write)).toBe(false);
    expect([again.calls.n, newCode.calls.n]).toEqual([1, 1]);
  });

  it('leaves nothing of an earlier bundle in the folder it fills', async () => {
    const cache = join(work, 'cache');
    const out = join(work, 'out');
    await bundleCache(cache, 'code-1')(records, out, writer(out, records).write);
    writeFileSync(join(out, 'stale.pf_index'), 'old');
    await bundleCache(cache, 'code-1')(records, out, writer(out, records).write);
    expect(readdirSync(out).sort()).toEqual(['index', 'pagefind-entry.json']);
  });

  it('without a cache folder, writes every time and keeps nothing', async () => {
    const out = join(work, 'out');
    const w = writer(out, records);
    expect(await bundleCache(undefined, 'code-1')(records, out, w.write)).toBe(false);
    expect(await bundleCache(undefined, 'code-1')(records, out, w.write)).toBe(false);
    expect(w.calls.n).toBe(2);
    expect(readdirSync(work)).toEqual(['out']);
  });
});
