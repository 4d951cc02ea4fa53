import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent } from '../../scripts/content/build-content.ts';

/**
 * Raw report snippets (tests/fixtures/input, cut byte for byte from the seeds) against
 * the MDX we expect (tests/fixtures/output). A mismatch writes `<name>.changed` beside
 * the expected file; review it and move it over the expected file if it is right.
 * Nothing here rewrites an expected file, in CI or anywhere else.
 */
const input = 'tests/fixtures/input';
const output = 'tests/fixtures/output';
const actual = mkdtempSync(join(tmpdir(), 'snapshot-'));
afterAll(() => rmSync(actual, { recursive: true, force: true }));

const { reports } = buildContent(input, actual, 'content/indicators.yaml', { reviews: join(actual, 'no-reviews') });

describe('raw report → MDX snapshots', () => {
  it('has an expected file for every fixture report', () => {
    expect(reports.map((r) => `${r.id}.mdx`).sort()).toEqual(readdirSync(output).filter((f) => f.endsWith('.mdx')).sort());
  });

  it.each(reports.map((r) => r.id))('%s', (id) => {
    const got = readFileSync(join(actual, 'reports', `${id}.mdx`), 'utf8');
    const expectedPath = join(output, `${id}.mdx`);
    const changedPath = `${expectedPath}.changed`;
    const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : null;
    if (got === expected) {
      rmSync(changedPath, { force: true });
    } else {
      writeFileSync(changedPath, got);
    }
    expect(got, `differs from ${expectedPath}; see ${changedPath}`).toBe(expected);
  });
});
