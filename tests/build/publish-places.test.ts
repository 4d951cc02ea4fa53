import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, treeDigest } from '../helpers/run-build.ts';

// A project of its own, built once, whose builds are then pointed at places the build did not make.
const work = mkdtempSync(join(tmpdir(), 'places-'));
const site = { content: join(work, 'content'), dist: join(work, 'dist') };

beforeAll(() => {
  const run = runBuild(site);
  if (run.status !== 0) throw new Error(run.stderr);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A build that must be refused with one line, leaving the published pair and `kept` as they were. */
function refused(dirs: { content: string; dist: string }, kept: string, pattern: RegExp): void {
  const before = [treeDigest(site.content), treeDigest(site.dist), treeDigest(kept)];
  const run = runBuild(dirs);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect([treeDigest(site.content), treeDigest(site.dist), treeDigest(kept)]).toEqual(before);
}

describe('a build pointed at a folder it did not make refuses, and deletes nothing', () => {
  it('DIST_DIR at a folder of the project (public/)', () => {
    const pub = join(work, 'public');
    cpSync('public', pub, { recursive: true });
    writeFileSync(join(pub, 'robots.txt'), 'User-agent: *\n');
    refused({ content: site.content, dist: pub }, pub, /public: is a folder the build did not make, .*: set DIST_DIR to a new or empty folder, or move this one away yourself/);
    // Nor a builds folder beside it, for a build that never started.
    expect(existsSync(join(work, '.public-builds'))).toBe(false);
  });

  it('DIST_DIR at a file', () => {
    const file = join(work, 'notes.txt');
    writeFileSync(file, 'notes');
    refused({ content: site.content, dist: file }, work, /notes\.txt: is a file the build did not make/);
  });

  it('CONTENT_DIR whose reports/ is a folder of its own', () => {
    const content = join(work, 'other-content');
    mkdirSync(join(content, 'reports'), { recursive: true });
    writeFileSync(join(content, 'reports', 'mine.mdx'), '# mine\n');
    refused({ content, dist: site.dist }, content, /other-content\/reports: is a folder the build did not make, .*: set CONTENT_DIR to/);
  });
});
