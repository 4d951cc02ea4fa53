import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleCache } from '../../scripts/search/bundle-cache.ts';

let work = '';
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'bundle-cache-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A writer that stands for Pagefind: it writes the reports' texts and counts its calls. */
function writer(out: string, texts: string[]) {
  const calls = { n: 0 };
  const write = async () => {
    calls.n++;
    mkdirSync(join(out, 'index'), { recursive: true });
    writeFileSync(join(out, 'pagefind-entry.json'), JSON.stringify(texts.length));
    writeFileSync(join(out, 'index', 'chunk.pf_index'), texts.join('|'));
  };
  return { calls, write };
}

const read = (dir: string) => ({ entry: readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'), chunk: readFileSync(join(dir, 'index', 'chunk.pf_index'), 'utf8') });

describe('bundleCache', () => {
  const texts = ['aaa', 'bbb'];

  it('writes a bundle once and copies it, byte for byte, for the same texts and code', async () => {
    const cache = join(work, 'cache');
    const out = join(work, 'out');
    const first = writer(out, texts);
    expect(await bundleCache(cache, 'code-1')(texts, out, first.write)).toBe(false);
    const written = read(out);
    rmSync(out, { recursive: true });
    const second = writer(out, texts);
    expect(await bundleCache(cache, 'code-1')(texts, out, second.write)).toBe(true);
    expect(second.calls.n).toBe(0);
    expect(read(out)).toEqual(written);
    // One entry, complete: nothing left aside.
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('writes again when a text or the code changes', async () => {
    const cache = join(work, 'cache');
    const out = join(work, 'out');
    await bundleCache(cache, 'code-1')(texts, out, writer(out, texts).write);
    const changed = [texts[0]!, 'bbc'];
    const again = writer(out, changed);
    expect(await bundleCache(cache, 'code-1')(changed, out, again.write)).toBe(false);
    expect(read(out).chunk).toBe('aaa|bbc');
    const newCode = writer(out, texts);
    expect(await bundleCache(cache, 'code-2')(texts, out, newCode.write)).toBe(false);
    expect([again.calls.n, newCode.calls.n]).toEqual([1, 1]);
  });

  it('tells apart lists of texts that join to the same letters', async () => {
    const cache = join(work, 'cache');
    const out = join(work, 'out');
    await bundleCache(cache, 'code-1')(['aa', 'abbb'], out, writer(out, ['aa', 'abbb']).write);
    const other = writer(out, texts);
    expect(await bundleCache(cache, 'code-1')(texts, out, other.write)).toBe(false);
    expect(read(out).chunk).toBe('aaa|bbb');
  });

  it('leaves nothing of an earlier bundle in the folder it fills', async () => {
    const cache = join(work, 'cache');
    const out = join(work, 'out');
    await bundleCache(cache, 'code-1')(texts, out, writer(out, texts).write);
    writeFileSync(join(out, 'stale.pf_index'), 'old');
    await bundleCache(cache, 'code-1')(texts, out, writer(out, texts).write);
    expect(readdirSync(out).sort()).toEqual(['index', 'pagefind-entry.json']);
  });

  it('without a cache folder, writes every time and keeps nothing', async () => {
    const out = join(work, 'out');
    const w = writer(out, texts);
    expect(await bundleCache(undefined, 'code-1')(texts, out, w.write)).toBe(false);
    expect(await bundleCache(undefined, 'code-1')(texts, out, w.write)).toBe(false);
    expect(w.calls.n).toBe(2);
    expect(readdirSync(work)).toEqual(['out']);
  });
});
