import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../facts/extract.ts';
import { loadCatalog } from '../ingest/catalog.ts';
import { ingestSeed } from '../ingest/ingest.ts';
import { paths } from '../lib/paths.ts';
import { compareFacts, type GoldFact, type Scores } from './compare.ts';

const goldFile = process.env.GOLD_FILE ?? 'tests/gold/seed-facts.jsonl';
const gold: GoldFact[] = readFileSync(goldFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldFact);
const facts = loadCatalog(paths.seeds).flatMap((entry) => {
  const file = join(paths.seeds, entry.file);
  return extractFacts(entry, ingestSeed(readFileSync(file), file)).map((e) => e.fact);
});
const result = compareFacts(gold, facts);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (name: string, s: Scores) => ({
  scope: name,
  gold: s.gold,
  extracted: s.extracted,
  matched: s.matched,
  recall: pct(s.recall),
  precision: pct(s.precision),
  qualifier: pct(s.qualifierAccuracy),
  theme: pct(s.themeAgreement),
});
console.table([row('all', result.overall), ...Object.entries(result.byRegion).map(([r, s]) => row(r, s))]);
console.log(`\nmisses (${result.misses.length}): gold facts not extracted`);
for (const m of result.misses) console.log(`  ${m.region}  ${m.text}  ${m.value} ${m.unit}  ${m.what}`);
console.log(`\nextras (${result.extras.length}): extracted facts not in the gold list`);
for (const f of result.extras) console.log(`  ${f.id}  ${f.text}  ${f.value} ${f.unit}  ${f.what}`);
const wrong = result.pairs.filter((p) => p.gold.qualifier !== p.fact.qualifier || p.gold.theme !== p.fact.theme);
console.log(`\nmatched with another qualifier or theme (${wrong.length})`);
for (const { gold: g, fact: f } of wrong) {
  console.log(`  ${f.id}  ${f.text}  qualifier ${g.qualifier}→${f.qualifier}  theme ${g.theme}→${f.theme}  ${g.what}`);
}
