import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReviewFile, loadReviews, type ReviewVocabulary } from '../../scripts/review/load-reviews.ts';

const VOCABULARY: ReviewVocabulary = {
  reports: new Set(['changli-2025']),
  indicators: new Map([['collective-contracts-firms', { unitClass: 'orgs' }], ['needy-workers-helped', { unitClass: 'persons' }]]),
  unitClasses: { orgs: { units: ['家', '个'] }, persons: { units: ['人', '名'] } },
};

function reviewFile(text: string, name = 'changli-2025.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'reviews-'));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

const ENTRY = `- figure: 427家
  quote: 女职工专项集体合同427家
  decision: corrected
  indicator: null
  reason: 与工资专项集体合同是同一批企业
  reviewer: 编辑甲
  date: 2026-12-07
`;

describe('review files', () => {
  it('reads each entry with its report and line', () => {
    const file = reviewFile(`# 昌黎 2025\n${ENTRY}- figure: 80人\n  quote: 慰问困难职工80人\n  decision: confirmed\n  reviewer: 编辑甲\n  date: 2026-12-07\n`);
    const reviews = loadReviewFile(file, VOCABULARY);
    expect(reviews.map((r) => [r.report, r.line, r.entry.decision])).toEqual([
      ['changli-2025', 2, 'corrected'],
      ['changli-2025', 9, 'confirmed'],
    ]);
    expect(reviews[0]!.entry.indicator).toBeNull();
  });

  it.each([
    ['an unknown indicator', ENTRY.replace('indicator: null', 'indicator: no-such-thing'), /changli-2025\.yaml:1: unknown indicator no-such-thing/],
    ['a measure word of another class', ENTRY.replace('indicator: null', 'indicator: collective-contracts-firms\n  unit: 人'), /:1: 人 is persons, but collective-contracts-firms counts orgs/],
    ['a correction without a reason', ENTRY.replace(/  reason: .*\n/, ''), /:1: reason a correction needs a reason/],
    ['a quote without its figure', ENTRY.replace('quote: 女职工专项集体合同427家', 'quote: 女职工专项集体合同'), /:1: quote quote must hold the figure/],
    ['a malformed date', ENTRY.replace('2026-12-07', '7 Dec'), /:1: date must be a date/],
    ['broken YAML', `${ENTRY}- figure: [\n`, /changli-2025\.yaml:\d+: invalid YAML/],
    ['a map instead of a list', 'figure: 427家\n', /:1: a review file is a list/],
  ])('stops on %s with one line naming file and line', (_, text, message) => {
    expect(() => loadReviewFile(reviewFile(text), VOCABULARY)).toThrow(message);
  });

  it('names the second entry by its own line', () => {
    const text = `${ENTRY}${ENTRY.replace('decision: corrected', 'decision: approved')}`;
    expect(() => loadReviewFile(reviewFile(text), VOCABULARY)).toThrow(/changli-2025\.yaml:8: decision/);
  });

  it('refuses a file named after no report of the catalog', () => {
    expect(() => loadReviewFile(reviewFile(ENTRY, 'nowhere-2025.yaml'), VOCABULARY)).toThrow(/no report nowhere-2025 in the catalog/);
  });

  it('warns of a file whose report is not in the build, and applies it nowhere', () => {
    const file = reviewFile(ENTRY, 'nowhere-2025.yaml');
    const dir = file.slice(0, file.lastIndexOf('/'));
    writeFileSync(join(dir, 'changli-2025.yaml'), ENTRY);
    const { placed, warnings } = loadReviews(dir, VOCABULARY);
    expect(placed.map((r) => r.report)).toEqual(['changli-2025']);
    expect(warnings).toEqual([`${file}: no report nowhere-2025 in this build's catalog; its reviews are applied nowhere`]);
  });

  it('reads no reviews from a folder that is absent, and an empty file as none', () => {
    expect(loadReviews('/nonexistent/reviews', VOCABULARY)).toEqual({ placed: [], warnings: [] });
    expect(loadReviewFile(reviewFile('# nothing reviewed yet\n'), VOCABULARY)).toEqual([]);
  });
});
