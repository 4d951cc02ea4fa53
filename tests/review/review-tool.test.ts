import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../scripts/facts/taxonomy.ts';
import { loadReviewFile, reviewVocabulary } from '../../scripts/review/load-reviews.ts';
import { Terminal } from '../helpers/terminal.ts';

const REPORT = 'changli-2025';
const COMMAND = `node_modules/.bin/node scripts/review/run.ts ${REPORT}`;
const PROMPT = '这个数字？';
const ENTER = '\r';

describe('npm run review, driven with keys in a terminal', () => {
  it('confirms, leaves out and corrects figures, writes each at once, and resumes where it was quit', async () => {
    const reviews = mkdtempSync(join(tmpdir(), 'reviews-'));
    const env = { REVIEWS_DIR: reviews, REVIEWER: '测试编辑' };
    const file = join(reviews, `${REPORT}.yaml`);

    const first = new Terminal(COMMAND, env);
    await first.waitFor(PROMPT, '[1/');
    first.type('c');
    await first.waitFor(PROMPT, '[2/');
    first.type('l');
    await first.waitFor('理由');
    first.type(`与上一项重复${ENTER}`);
    await first.waitFor(PROMPT, '[3/');
    first.type('r');
    await first.waitFor('计入哪项指标');
    first.type(ENTER);
    await first.waitFor('正确的数值');
    first.type(`1200${ENTER}`);
    await first.waitFor('更正理由');
    first.type(`原文另有说明${ENTER}`);
    await first.waitFor(PROMPT, '[4/');
    first.type('s');
    await first.waitFor(PROMPT, '[5/');
    first.type('q');
    expect(await first.exited).toBe(0);
    expect(first.screen).toContain('0 of ');

    const written = loadReviewFile(file, reviewVocabulary([REPORT], loadTaxonomy('content/indicators.yaml')));
    expect(written.map((r) => [r.entry.decision, r.entry.indicator, r.entry.value, r.entry.reason, r.entry.reviewer])).toEqual([
      ['confirmed', undefined, undefined, undefined, '测试编辑'],
      ['corrected', null, undefined, '与上一项重复', '测试编辑'],
      ['corrected', undefined, 1200, '原文另有说明', '测试编辑'],
    ]);
    for (const { entry } of written) expect(entry.quote).toContain(entry.figure);

    // The skipped figure comes first on the next walk; the three decided ones never again.
    const again = new Terminal(COMMAND, env);
    await again.waitFor(PROMPT, '[1/');
    expect(again.screen).toMatch(/3 of (\d+) charted or unclassified figures reviewed/);
    const [, shownFirst] = /\[1\/\d+\] (\S+)/.exec(again.screen)!;
    const [, skipped] = /\[4\/\d+\] (\S+)/.exec(first.screen)!;
    expect(shownFirst).toBe(skipped);
    again.type('q');
    expect(await again.exited).toBe(0);
    expect(readFileSync(file, 'utf8').match(/^- figure:/gm)).toHaveLength(3);
  }, 60_000);
});
