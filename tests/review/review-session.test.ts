import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '../../scripts/facts/extracted-fact.ts';
import { appendReview, entryFor, figuresToReview, markedSentence } from '../../scripts/review/review-session.ts';
import { reviewEntrySchema } from '../../src/contracts/review.ts';

const figure = (id: string, block: number, start: number, indicator: string | null, candidate: string | null = null) =>
  ({ fact: { id, indicator, candidate }, position: { block, start, end: start + 2 } }) as unknown as ExtractedFact;
const WHO = { reviewer: '编辑甲', date: '2026-12-07' };

describe('the review walk', () => {
  it('walks charted and unclassified figures in text order, less those reviewed', () => {
    const figures = [figure('f3', 1, 0, 'a'), figure('f1', 0, 9, null, 'b'), figure('f2', 0, 20, null), figure('f0', 0, 2, 'c')];
    expect(figuresToReview(figures, new Set()).map((e) => e.fact.id)).toEqual(['f0', 'f1', 'f3']);
    expect(figuresToReview(figures, new Set(['f0'])).map((e) => e.fact.id)).toEqual(['f1', 'f3']);
  });

  it('writes each decision as a valid review entry', () => {
    const entries = [
      entryFor('80人', '慰问困难职工80人', { action: 'confirm' }, WHO),
      entryFor('80人', '慰问困难职工80人', { action: 'leave-out', reason: '重复' }, WHO),
      entryFor('80人', '慰问困难职工80人', { action: 'assign', indicator: 'needy-workers-helped' }, WHO),
      entryFor('80人', '慰问困难职工80人', { action: 'correct', value: 85, reason: '笔误' }, WHO),
    ];
    expect(entries.map((e) => [e.decision, e.indicator, e.value])).toEqual([
      ['confirmed', undefined, undefined],
      ['corrected', null, undefined],
      ['assigned', 'needy-workers-helped', undefined],
      ['corrected', undefined, 85],
    ]);
    for (const e of entries) expect(reviewEntrySchema.safeParse(e).success).toBe(true);
  });

  it('appends entries to a file it starts with a header, and the file reads back as they were', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'walk-')), 'reviews', 'r.yaml');
    appendReview(file, 'r', entryFor('80人', '慰问困难职工80人', { action: 'confirm' }, WHO));
    appendReview(file, 'r', entryFor('3家', '新建职工之家3家', { action: 'leave-out', reason: '已计入' }, WHO));
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# Editors\' reviews of r')).toBe(true);
    expect((yaml.load(text) as unknown[]).map((e) => reviewEntrySchema.parse(e).figure)).toEqual(['80人', '3家']);
  });

  it('shows the figure bracketed in its own sentence', () => {
    const text = '上半年总结。全年慰问困难职工80人，发放慰问金5万元。下半年计划。';
    const start = text.indexOf('80人');
    expect(markedSentence(text, { start, end: start + 3 })).toBe('全年慰问困难职工【80人】，发放慰问金5万元。');
  });
});
