import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildContent } from '../../scripts/content/build-content.ts';
import { pipelineKey, reportCache } from '../../scripts/content/report-cache.ts';
import { treeDigest } from '../helpers/run-build.ts';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'report-cache-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('reportCache', () => {
  it('computes a report once for the same pipeline, entry and bytes, and gives back Sets and absent fields as they were', () => {
    const remember = reportCache<{ actions: Set<string>; partOf?: string; n: number }>('p1', work);
    let runs = 0;
    const work1 = () => ({ actions: new Set(['help']), partOf: undefined, n: ++runs });
    const first = remember({ id: 'a' }, Buffer.from('text'), work1);
    const again = remember({ id: 'a' }, Buffer.from('text'), work1);
    expect(runs).toBe(1);
    expect(again).toEqual(first);
    expect(again.actions).toBeInstanceOf(Set);
    expect('partOf' in again).toBe(true);
  });

  it('computes again when the report’s bytes, its entry or the pipeline change', () => {
    let runs = 0;
    const work1 = () => ++runs;
    reportCache<number>('p1', work)({ id: 'a' }, Buffer.from('text'), work1);
    reportCache<number>('p1', work)({ id: 'a' }, Buffer.from('text!'), work1);
    reportCache<number>('p1', work)({ id: 'a', period: 2024 }, Buffer.from('text'), work1);
    reportCache<number>('p2', work)({ id: 'a' }, Buffer.from('text'), work1);
    expect(runs).toBe(4);
  });

  it('computes again over a damaged entry, and replaces it', () => {
    const remember = reportCache<number>('p1', work);
    remember({ id: 'a' }, Buffer.from('x'), () => 1);
    for (const file of readdirSync(work)) writeFileSync(join(work, file), 'not v8');
    expect(remember({ id: 'a' }, Buffer.from('x'), () => 2)).toBe(2);
    expect(remember({ id: 'a' }, Buffer.from('x'), () => 3)).toBe(2);
  });
});

describe('pipelineKey', () => {
  it('changes when a vocabulary file changes', () => {
    const vocabulary = join(work, 'chrome.yaml');
    writeFileSync(vocabulary, 'a: 1\n');
    const before = pipelineKey([vocabulary]);
    expect(pipelineKey([vocabulary])).toBe(before);
    writeFileSync(vocabulary, 'a: 2\n');
    expect(pipelineKey([vocabulary])).not.toBe(before);
  });
});

describe('the content stage with its cache', () => {
  it('writes the same bytes from a cold cache and from a warm one, and reads a changed report again', () => {
    const seeds = join(work, 'seeds');
    cpSync('seeds', seeds, { recursive: true });
    const cache = join(work, 'cache');
    const [cold, warm, changed] = ['cold', 'warm', 'changed'].map((d) => join(work, d));
    buildContent(seeds, cold!, 'content/indicators.yaml', { cache });
    expect(readdirSync(cache)).toHaveLength(4);
    buildContent(seeds, warm!, 'content/indicators.yaml', { cache });
    expect(readdirSync(cache)).toHaveLength(4);
    expect(treeDigest(warm!)).toEqual(treeDigest(cold!));
    // One report edited: it alone is read again, and its new figure reaches the output.
    const file = join(seeds, '003_937df5c3b24a445e.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('32.7万元', '32.9万元'));
    buildContent(seeds, changed!, 'content/indicators.yaml', { cache });
    expect(readdirSync(cache)).toHaveLength(5);
    const digest = treeDigest(changed!);
    expect(digest['reports/changli-2025.mdx']).not.toBe(treeDigest(cold!)['reports/changli-2025.mdx']);
    expect(digest['reports/kuitun-2025.mdx']).toBe(treeDigest(cold!)['reports/kuitun-2025.mdx']);
    expect(readFileSync(join(changed!, 'reports/changli-2025.mdx'), 'utf8')).toContain('32.9万元');
  });
});
