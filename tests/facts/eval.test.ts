import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFacts, type GoldFact } from '../../scripts/eval/compare.ts';
import { indicatorValues } from '../../scripts/facts/aggregate.ts';
import { reportFacts } from '../../scripts/facts/report-facts.ts';
import { loadTaxonomy } from '../../scripts/facts/taxonomy.ts';
import { loadCatalog } from '../../scripts/ingest/catalog.ts';
import { ingestSeed } from '../../scripts/ingest/ingest.ts';
import { factSchema } from '../../src/contracts/fact.ts';

const gold = readFileSync('tests/gold/seed-facts.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as GoldFact);
const catalog = loadCatalog('seeds');
const taxonomy = loadTaxonomy('content/indicators.yaml');
const extracted = catalog.flatMap((entry) => {
  const file = join('seeds', entry.file);
  return reportFacts(entry, ingestSeed(readFileSync(file), file), taxonomy);
});
const facts = extracted.map((e) => e.fact);

describe('extraction against the 227 hand-checked seed facts', () => {
  const { overall } = compareFacts(gold, facts);

  it('holds the floors: recall ≥ 97%, precision ≥ 95%, qualifiers ≥ 95%, themes ≥ 85%', () => {
    expect(gold).toHaveLength(227);
    expect(overall.recall).toBeGreaterThanOrEqual(0.97);
    expect(overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(overall.qualifierAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(overall.themeAgreement).toBeGreaterThanOrEqual(0.85);
  });

  it('has the two damaged 新疆 numbers, uncertain, with a reason', () => {
    const damaged = facts.filter((f) => f.uncertain);
    expect(damaged.map((f) => [f.region, f.value, f.unit])).toEqual([
      ['xinjiang', null, '个'],
      ['xinjiang', null, '人'],
    ]);
    for (const f of damaged) expect(f.uncertainReason).toMatch(/乱码/);
  });

  it('gives every fact the fields of design.md §3 and a unique id', () => {
    for (const f of facts) expect(() => factSchema.parse(f)).not.toThrow();
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it('maps facts to indicators: ≥ 12 with values from two or more reports, ≥ 4 from all four', () => {
    const rows = indicatorValues(taxonomy, catalog, facts, new Set(extracted.filter((e) => e.part).map((e) => e.fact.id)));
    const reach = taxonomy.map((ind) => new Set(rows.filter((r) => r.indicator === ind.id).map((r) => r.report)).size);
    expect(reach.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(12);
    expect(reach.filter((n) => n === catalog.length).length).toBeGreaterThanOrEqual(4);
  });
});
