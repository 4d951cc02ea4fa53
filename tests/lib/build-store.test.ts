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
  writeFileSync(join(stage.scratch, 'cache'), text);
}

describe('the build store', () => {
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');

  it('publishes a staged build as dist/ and content/reports|data, without its scratch files', () => {
    const store = openStore(content, dist);
    const stage = store.stage();
    write(stage, 'one');
    store.publish(stage);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('one');
    expect(readFileSync(join(content, 'reports', 'a.mdx'), 'utf8')).toBe('one');
    expect(readFileSync(join(content, 'data', 'facts.json'), 'utf8')).toBe('one');
    expect(existsSync(stage.scratch)).toBe(false);
  });

  it('leaves the published build in place until the next is published, then sweeps all others', () => {
    const store = openStore(content, dist);
    const dead = store.stage();
    write(dead, 'dead');
    const next = store.stage();
    write(next, 'two');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('one');
    store.publish(next);
    store.sweep();
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('two');
    expect(readdirSync(store.root).sort()).toEqual(['current', next.id].sort());
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
