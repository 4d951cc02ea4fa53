import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Fact } from '../../src/contracts/fact.ts';
import type { IndicatorValue } from '../../src/contracts/indicator.ts';

// A report written for this test, and reviews of three of its figures.
const REPORT = [
  '一、工作回顾',
  '全年制作宣传展板12块，印发维权手册3000册。',
  '全年慰问困难职工800人，发放慰问金50万元。',
  '工资专项集体合同覆盖企业427家，女职工专项集体合同覆盖企业427家。',
].join('\n');
const REVIEWS = `- figure: 800人
  quote: 慰问困难职工800人
  decision: confirmed
  reviewer: 编辑甲
  date: 2026-12-07
- figure: 427家
  quote: 女职工专项集体合同覆盖企业427家
  decision: corrected
  indicator: null
  reason: 与工资专项集体合同是同一批企业
  reviewer: 编辑甲
  date: 2026-12-07
- figure: 900人
  quote: 慰问困难职工900人
  decision: confirmed
  reviewer: 编辑甲
  date: 2026-12-07
`;

function collection(): { seeds: string; reviews: string } {
  const root = mkdtempSync(join(tmpdir(), 'reviewed-'));
  const seeds = join(root, 'seeds');
  const reviews = join(root, 'reviews');
  mkdirSync(seeds);
  mkdirSync(reviews);
  writeFileSync(join(seeds, 'a.txt'), REPORT);
  const entry = {
    id: 'jia-2025', file: 'a.txt', region: { id: 'jia', name: '甲县', level: 'county', province: '河北省' },
    organization: '甲县总工会', period: { start: 2025, end: 2025, years: 1, note: '2025年全年' },
    source: { publisher: '测试', author: '测试', published: null, url: null },
  };
  writeFileSync(join(seeds, 'catalog.json'), JSON.stringify([entry]));
  writeFileSync(join(reviews, 'jia-2025.yaml'), REVIEWS);
  return { seeds, reviews };
}

async function build(): Promise<{ facts: Fact[]; values: IndicatorValue[]; warnings: string[] }> {
  const { buildContent } = await import('../../scripts/content/build-content.ts');
  const { seeds, reviews } = collection();
  const out = mkdtempSync(join(tmpdir(), 'reviewed-out-'));
  const { warnings } = buildContent(seeds, out, 'content/indicators.yaml', { reviews, cache: join(out, 'cache') });
  const facts = JSON.parse(readFileSync(join(out, 'data/facts.json'), 'utf8')).facts as Fact[];
  const values = JSON.parse(readFileSync(join(out, 'data/indicator-values.json'), 'utf8')) as IndicatorValue[];
  return { facts, values, warnings };
}

afterEach(() => {
  delete process.env.MEASURE_WORDS_FILE;
  vi.resetModules();
});

/** content/measure-words.yaml without two measure words: a rule change an editor of the vocabulary could make. */
function fewerMeasureWords(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'measure-words-')), 'measure-words.yaml');
  const text = readFileSync('content/measure-words.yaml', 'utf8');
  const changed = text.replace(' 册,', '').replace(' 块,', '');
  expect(changed).not.toBe(text);
  writeFileSync(file, changed);
  return file;
}

describe('reviews in the content stage', () => {
  it('stay with their figures when a rule change loses the figures before them, and a lost figure is reported, never reassigned', async () => {
    const before = await build();
    // The rule change: two measure words are no longer read, so the first line gives no facts and every later figure is renumbered.
    vi.resetModules();
    process.env.MEASURE_WORDS_FILE = fewerMeasureWords();
    const after = await build();
    expect(after.facts.length).toBe(before.facts.length - 2);

    for (const { facts, values, warnings } of [before, after]) {
      const visited = facts.find((f) => f.text === '800人')!;
      expect(visited.review).toMatchObject({ decision: 'confirmed', reviewer: '编辑甲', date: '2026-12-07' });
      const contracts = facts.filter((f) => f.text === '427家');
      expect(contracts.map((f) => f.review?.decision ?? null)).toEqual([null, 'corrected']);
      expect(contracts[1]!.indicator).toBeNull();
      expect(contracts[1]!.review!.machine).toMatchObject({ value: 427 });
      // Only the reviewed figures carry a review: the one whose quote is gone went nowhere.
      expect(facts.filter((f) => f.review !== null).map((f) => f.text)).toEqual(['800人', '427家']);
      expect(warnings).toEqual([expect.stringMatching(/jia-2025\.yaml:13: the quote «慰问困难职工900人» is no longer in the report; the review is applied to no figure$/)]);
      // The rules count the same 427 firms once already; the figure they count was not checked.
      expect(values.find((v) => v.facts.includes(contracts[0]!.id))).toMatchObject({ value: 427, review: null, machineValue: 427 });
      expect(values.find((v) => v.facts.includes(visited.id))).toMatchObject({ value: 800, review: { status: 'confirmed', date: '2026-12-07' }, machineValue: 800 });
    }
    expect(before.facts.find((f) => f.text === '800人')!.id).not.toBe(after.facts.find((f) => f.text === '800人')!.id);
  });
});
