import { describe, expect, it } from 'vitest';
import { runCorpus } from '../../scripts/eval/corpus-run.ts';
import type { IndicatorValue } from '../../src/contracts/indicator.ts';
import type { ReportFrontmatter } from '../../src/contracts/report.ts';
import { factById } from '../../src/lib/data/lookup.ts';
import { factLabel, statedLabel } from '../../src/lib/format/labels.ts';
import { sumLabel } from '../../src/lib/format/sum-note.ts';
import { answerFile } from '../../src/lib/search/answer-cards.ts';
import { taxonomy } from '../helpers/snippet-facts.ts';

// The seeds through the pipeline, as the site's data functions receive them (no site build).
const run = runCorpus('seeds', taxonomy);
const values: IndicatorValue[] = run.values.map((v) => ({ ...v, review: null, machineValue: v.value }));
const reports = run.reports.map(({ entry }) => ({ id: entry.id, region: entry.region, period: entry.period }) as unknown as ReportFrontmatter);

describe("figures shown as the report's own", () => {
  it('show every value one fact states in that fact\'s words, everywhere the site shows it', () => {
    const single = values.filter((v) => v.facts.length === 1 && !v.uncertain);
    expect(single.length).toBeGreaterThan(20);
    for (const v of single) {
      const text = factById(run.facts, v.facts[0]!).text;
      const shown = statedLabel(v);
      expect(shown, `${v.indicator} of ${v.report}`).toBe(`${v.kind === 'per-unit' ? '年均' : ''}${text}`);
      const card = answerFile({ id: v.indicator, zh: v.indicator }, [v], reports).cards[0]!;
      expect(card.value).toBe(shown);
    }
  });

  it('say of every sum that it is one', () => {
    for (const v of values.filter((v) => v.facts.length > 1)) {
      expect(v.text).toBeUndefined();
      expect(answerFile({ id: v.indicator, zh: v.indicator }, [v], reports).cards[0]!.value).toBe(`${statedLabel(v)}（${sumLabel(v)}）`);
    }
  });

  it('show every fact the pipeline read in its own words', () => {
    for (const f of run.facts.filter((f) => f.value !== null)) expect(factLabel(f), f.id).toBe(f.text);
  });
});
