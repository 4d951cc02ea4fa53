import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportCache } from '../../scripts/content/report-cache.ts';
import { cacheSweep } from '../../scripts/lib/cache-sweep.ts';
import { bundleCache } from '../../scripts/search/bundle-cache.ts';

let work = '';
let reports = '';
let bundles = '';
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cache-sweep-'));
  reports = join(work, 'reports');
  bundles = join(work, 'bundles');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The entries of a cache, less the running builds' names. */
const entries = (folder: string) => readdirSync(folder).filter((n) => !n.startsWith('.')).length;

/** Dates every entry of `folder` an hour back, as a build an hour ago would have left them. */
function lastUsedAnHourAgo(folder: string): void {
  const then = new Date(Date.now() - 3600_000);
  for (const name of readdirSync(folder)) utimesSync(join(folder, name), then, then);
}

/** A stand-in for one build's content and search stages: each report's text through the report cache, and bundles of them through the bundle cache. */
async function build(texts: Record<string, string>, groups: string[][]): Promise<{ computed: string[]; written: number }> {
  const computed: string[] = [];
  const remember = reportCache<string>('pipeline', reports);
  for (const [id, text] of Object.entries(texts)) remember({ id }, Buffer.from(text), () => (computed.push(id), text.toUpperCase()));
  let written = 0;
  const cached = bundleCache(bundles, 'pipeline');
  for (const group of groups) {
    const out = join(work, 'out', group.join('+'));
    await cached(group.map((id) => texts[id]!), out, async () => {
      written++;
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'pagefind-entry.json'), group.join('|'));
    });
  }
  return { computed, written };
}

describe('cacheSweep', () => {
  const first = { a: '一', b: '二', c: '三' };

  it('after a build, keeps the entries it used or wrote and removes every other', async () => {
    await build(first, [['a'], ['b', 'c']]);
    expect([entries(reports), entries(bundles)]).toEqual([3, 2]);
    for (const folder of [reports, bundles]) lastUsedAnHourAgo(folder);

    // Report b changed and c is gone: a is read, b's new text written.
    const second = { a: '一', b: '二!' };
    const sweeps = [reports, bundles].map((folder) => cacheSweep(folder));
    expect(await build(second, [['a'], ['b']])).toEqual({ computed: ['b'], written: 1 });
    const swept = sweeps.map((s) => s.sweep());
    for (const s of sweeps) s.release();
    expect(swept.map((s) => [s.kept, s.removed])).toEqual([
      [2, 2],
      [2, 1],
    ]);
    expect([entries(reports), entries(bundles)]).toEqual([2, 2]);

    // What is left is what the second build needs: built again, it computes and writes nothing.
    expect(await build(second, [['a'], ['b']])).toEqual({ computed: [], written: 0 });
    expect(readdirSync(join(reports, '.builds'))).toEqual([]);
  });

  it('removes nothing for a build that fails: it ends without sweeping', async () => {
    await build(first, [['a', 'b', 'c']]);
    lastUsedAnHourAgo(reports);
    const failing = cacheSweep(reports);
    await build({ a: '一' }, []);
    failing.release();
    expect(entries(reports)).toBe(3);
  });

  it('spares what another running build used since it began, and forgets builds whose process has ended', async () => {
    await build(first, []);
    lastUsedAnHourAgo(reports);
    mkdirSync(join(reports, '.builds'), { recursive: true });
    // A build whose process ended long ago: its start would spare everything.
    writeFileSync(join(reports, '.builds', '2147483646-0-dead'), '');
    const running = cacheSweep(reports);
    await build({ a: '一' }, []);
    // So that what the running build used is older than the start of the one that sweeps.
    await new Promise((r) => setTimeout(r, 20));
    const mine = cacheSweep(reports);
    await build({ b: '二' }, []);
    const summary = mine.sweep();
    mine.release();
    running.release();
    expect(summary).toMatchObject({ kept: 2, removed: 1 });
    expect(readdirSync(join(reports, '.builds'))).toEqual([]);
  });

  it('finds nothing to sweep in a cache no build has filled yet', () => {
    const fresh = join(work, 'never-filled');
    const sweep = cacheSweep(fresh);
    expect(sweep.sweep()).toEqual({ removed: 0, removedBytes: 0, kept: 0, keptBytes: 0 });
    sweep.release();
    expect(entries(fresh)).toBe(0);
  });
});
