import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('refuses to publish over a folder, file or link it did not make, before anything is staged, and leaves it as it was', () => {
    const other = join(dir, 'taken');
    mkdirSync(join(other, 'public'), { recursive: true });
    writeFileSync(join(other, 'public', 'robots.txt'), 'kept');
    writeFileSync(join(other, 'notes.txt'), 'kept');
    symlinkSync(join(other, 'public'), join(other, 'elsewhere'));
    mkdirSync(join(other, 'content', 'reports'), { recursive: true });
    writeFileSync(join(other, 'content', 'reports', 'mine.mdx'), 'kept');
    const cases: Array<[string, string, RegExp]> = [
      [join(other, 'content-free'), join(other, 'public'), /public: is a folder the build did not make, .*: set DIST_DIR to a new or empty folder, or move this one away yourself/],
      [join(other, 'content-free'), join(other, 'notes.txt'), /notes\.txt: is a file the build did not make/],
      [join(other, 'content-free'), join(other, 'elsewhere'), /elsewhere: is a link the build did not make/],
      [join(other, 'content'), join(other, 'dist'), /content\/reports: is a folder the build did not make, .*: set CONTENT_DIR to/],
    ];
    for (const [content, dist, message] of cases) {
      const store = openStore(content, dist);
      expect(() => store.stage()).toThrow(message);
      expect(existsSync(join(store.root, 'stage'))).toBe(false);
    }
    expect(readFileSync(join(other, 'public', 'robots.txt'), 'utf8')).toBe('kept');
    expect(readFileSync(join(other, 'notes.txt'), 'utf8')).toBe('kept');
    expect(readlinkSync(join(other, 'elsewhere'))).toBe(join(other, 'public'));
    expect(readdirSync(join(other, 'content', 'reports'))).toEqual(['mine.mdx']);
  });

  it('refuses at publishing a folder put in its place while the build ran, keeping the published pair', () => {
    const other = join(dir, 'late');
    const store = openStore(join(other, 'content'), join(other, 'dist'));
    const first = store.stage();
    write(first, 'first');
    store.publish(first);
    const next = store.stage();
    write(next, 'next');
    rmSync(join(other, 'content', 'data'));
    mkdirSync(join(other, 'content', 'data'));
    writeFileSync(join(other, 'content', 'data', 'mine.json'), 'kept');
    expect(() => store.publish(next)).toThrow(/content\/data: is a folder the build did not make/);
    expect(readFileSync(join(other, 'dist', 'index.html'), 'utf8')).toBe('first');
    expect(readFileSync(join(other, 'content', 'reports', 'a.mdx'), 'utf8')).toBe('first');
    expect(readdirSync(join(other, 'content', 'data'))).toEqual(['mine.json']);
  });

  it('publishes in place of an empty folder, and replaces a link of its own', () => {
    const other = join(dir, 'empty');
    mkdirSync(join(other, 'dist'), { recursive: true });
    const store = openStore(join(other, 'content'), join(other, 'dist'));
    const stage = store.stage();
    write(stage, 'new');
    store.publish(stage);
    expect(readdirSync(join(other, 'dist'))).toEqual(['index.html']);
    // A link into the store that points at another build of it (one a killed publish left).
    rmSync(join(other, 'dist'));
    symlinkSync(join(store.root, 'a-dead-build', 'dist'), join(other, 'dist'));
    const again = store.stage();
    write(again, 'again');
    store.publish(again);
    expect(readFileSync(join(other, 'dist', 'index.html'), 'utf8')).toBe('again');
  });

  it('refuses a second lock while the first is held, naming the holder', () => {
    const store = openStore(content, dist);
    const release = store.lock();
    expect(() => store.lock()).toThrow(`another build (process ${process.pid}) is running`);
    release();
    store.lock()();
  });
});
