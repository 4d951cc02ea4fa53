import type { Fact } from '../facts/fact.ts';

/** A hand-checked fact of ../shared/gold/seed-facts.jsonl. */
export interface GoldFact {
  region: string;
  text: string;
  value: number | null;
  unit: string;
  qualifier: string;
  theme: string;
  what: string;
  sentence: string;
  uncertain: boolean;
  note?: string;
}

export interface Scores {
  gold: number;
  extracted: number;
  matched: number;
  recall: number;
  precision: number;
  qualifierAccuracy: number;
  themeAgreement: number;
}

export interface Comparison {
  overall: Scores;
  byRegion: Record<string, Scores>;
  misses: GoldFact[];
  extras: Fact[];
  pairs: Array<{ gold: GoldFact; fact: Fact }>;
}

function scores(gold: number, extracted: number, pairs: Array<{ gold: GoldFact; fact: Fact }>): Scores {
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    gold,
    extracted,
    matched: pairs.length,
    recall: ratio(pairs.length, gold),
    precision: ratio(pairs.length, extracted),
    qualifierAccuracy: ratio(pairs.filter((p) => p.gold.qualifier === p.fact.qualifier).length, pairs.length),
    themeAgreement: ratio(pairs.filter((p) => p.gold.theme === p.fact.theme).length, pairs.length),
  };
}

/**
 * Matches extracted facts to gold facts one to one on region, value and unit, in
 * document order, and scores the result overall and per region.
 */
export function compareFacts(gold: GoldFact[], facts: Fact[]): Comparison {
  const unused = new Set(facts);
  const pairs: Array<{ gold: GoldFact; fact: Fact }> = [];
  const misses: GoldFact[] = [];
  for (const g of gold) {
    const match = [...unused].find((f) => f.region === g.region && f.value === g.value && f.unit === g.unit);
    if (match) {
      unused.delete(match);
      pairs.push({ gold: g, fact: match });
    } else {
      misses.push(g);
    }
  }
  const regions = [...new Set([...gold.map((g) => g.region), ...facts.map((f) => f.region)])];
  const byRegion = Object.fromEntries(
    regions.map((r) => [
      r,
      scores(
        gold.filter((g) => g.region === r).length,
        facts.filter((f) => f.region === r).length,
        pairs.filter((p) => p.gold.region === r),
      ),
    ]),
  );
  return { overall: scores(gold.length, facts.length, pairs), byRegion, misses, extras: [...unused], pairs };
}
