import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Stage } from '../../scripts/lib/build-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(stage: Stage, text: string): void {
  for (const name of ['reports', 'data']) mkdirSync(join(stage.content, name), { recursive: true });
  writeFileSync(join(stage.content, 'reports', 'a.mdx'), text);
  writeFileSync(join(stage.content, 'data', 'facts.json'), text);
  writeFileSync(join(stage.dist, 'index.html'), text);
}

describe('the build store', () => {
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');

  it('publishes a staged build as dist/ and content/reports|data', () => {
    const store = openStore(content, dist);
    const stage = store.stage();
    write(stage, 'one');
    store.publish(stage);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('one');
    expect(readFileSync(join(content, 'reports', 'a.mdx'), 'utf8')).toBe('one');
    expect(readFileSync(join(content, 'data', 'facts.json'), 'utf8')).toBe('one');
  });

  it('stages every build in the same folders, so Astro knows the content by the same paths', () => {
    const store = openStore(content, dist);
    const first = store.stage();
    write(first, 'staged');
    const second = store.stage();
    expect([second.content, second.dist]).toEqual([first.content, first.dist]);
    // What an unpublished (killed) build staged is gone.
    expect(existsSync(join(second.dist, 'index.html'))).toBe(false);
  });

  it('publishes no folder of what the stages handed each other', () => {
    const store = openStore(join(dir, 'handed', 'content'), join(dir, 'handed', 'dist'));
    const stage = store.stage();
    write(stage, 'handed');
    writeFileSync(join(stage.work, 'summary.json'), '{}');
    store.publish(stage);
    expect(readFileSync(join(dir, 'handed', 'dist', 'index.html'), 'utf8')).toBe('handed');
    expect(readdirSync(join(store.root, stage.id)).sort()).toEqual(['content', 'dist']);
  });

  it('leaves the published build in place until the next is published, then sweeps all others', () => {
    const store = openStore(content, dist);
    const dead = store.stage();
    write(dead, 'dead');
    mkdirSync(join(store.root, 'a-dead-build'));
    const next = store.stage();
    write(next, 'two');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('one');
    store.publish(next);
    store.sweep();
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('two');
    expect(readdirSync(store.root).sort()).toEqual(['current', next.id].sort());
  });

  it('keeps the site cache from build to build, and empties it when the build that used it did not finish', () => {
    const store = openStore(content, dist);
    const used = store.siteCache('config-1');
    writeFileSync(join(used.dir, 'page.html'), 'kept');
    used.finished();
    store.sweep();
    // This build is killed before it says it finished: its copies may be newer than Astro's record of them.
    const killed = store.siteCache('config-1');
    expect(readFileSync(join(killed.dir, 'page.html'), 'utf8')).toBe('kept');
    expect(killed.key).toBe(used.key);
    const after = store.siteCache('config-1');
    expect(existsSync(join(after.dir, 'page.html'))).toBe(false);
    after.finished();
  });

  it('empties the site cache for another configuration, and gives Astro the same key while the cache lasts', () => {
    const store = openStore(content, dist);
    const used = store.siteCache('config-1');
    writeFileSync(join(used.dir, 'page.html'), 'kept');
    used.finished();
    const again = store.siteCache('config-1');
    again.finished();
    expect(again.key).toBe(used.key);
    // Astro's key format: 32 bytes, base64.
    expect(Buffer.from(again.key, 'base64')).toHaveLength(32);
    const other = store.siteCache('config-2');
    other.finished();
    expect(existsSync(join(other.dir, 'page.html'))).toBe(false);
    expect(other.key).not.toBe(used.key);
  });

  it('replaces a dist/ folder from before builds were published through links', () => {
    const other = join(dir, 'old');
    mkdirSync(join(other, 'dist'), { recursive: true });
    writeFileSync(join(other, 'dist', 'stale.html'), 'stale');
    const store = openStore(join(other, 'content'), join(other, 'dist'));
    const stage = store.stage();
    write(stage, 'new');
    store.publish(stage);
    expect(readdirSync(join(other, 'dist'))).toEqual(['index.html']);
  });

  it('refuses a second lock while the first is held, naming the holder', () => {
    const store = openStore(content, dist);
    const release = store.lock();
    expect(() => store.lock()).toThrow(`another build (process ${process.pid}) is running`);
    release();
    store.lock()();
  });
});
