import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusFacts } from '../facts/corpus-facts.ts';
import type { Taxonomy } from '../facts/taxonomy.ts';
import { paths } from '../lib/paths.ts';
import type { GoldFact } from './compare.ts';
import type { GoldValue } from './compare-indicators.ts';
import { paraphraseGold, paraphraseRun, parseParaphrases } from './compare-paraphrases.ts';
import { readCatalog, readJsonLines, runCorpus, runCatalog } from './corpus-run.ts';

/** The development set of real excerpts, kept outside the repository (its texts may not be copied in). */
export const DEV_DIR = resolve(process.env.DEV_SET_DIR ?? '../shared/dev');

/** A set of reports the eval scores, with its gold. */
export interface EvalSet {
  name: string;
  /** Real report text as found on the web, or text written for the project. */
  real: boolean;
  /** Whether its gold lists every indicator value a report gives (see compareIndicators). */
  complete: boolean;
  /** Where its texts and gold come from, for the output's header. */
  source: string;
  /** Why it cannot be run here, or null. */
  absent: () => string | null;
  run: (taxonomy: Taxonomy, rewrite: (text: string) => string) => CorpusFacts;
  goldValues: (taxonomy: Taxonomy) => GoldValue[];
  goldFacts: (() => GoldFact[]) | null;
}

const missing = (...files: string[]) => {
  const gone = files.filter((f) => !existsSync(f));
  return gone.length === 0 ? null : `${gone.join(', ')} not found`;
};

const PARAPHRASES = 'tests/fixtures/paraphrases.yaml';
const readParaphrases = () => parseParaphrases(readFileSync(PARAPHRASES, 'utf8'));

function excerpts(letter: string): EvalSet {
  const dir = `tests/fixtures/excerpts/${letter}`;
  return {
    name: `excerpts ${letter}`,
    real: false,
    complete: false,
    source: `${dir}/seeds, gold ${dir}/gold.jsonl (written for the indicators of its day: only indicators it names are scored)`,
    absent: () => missing(join(dir, 'seeds'), join(dir, 'gold.jsonl')),
    run: (taxonomy, rewrite) => runCorpus(join(dir, 'seeds'), taxonomy, rewrite),
    goldValues: () => readJsonLines(join(dir, 'gold.jsonl')),
    goldFacts: null,
  };
}

/** The sets in the order the eval prints them, real text first; `devDir` holds the development set. */
export const evalSets = (devDir = DEV_DIR): EvalSet[] => [
  {
    name: 'seeds',
    real: true,
    complete: true,
    source: `${paths.seeds}, gold tests/gold/seed-indicator-values.jsonl and seed-facts.jsonl (copies of ../shared/gold/)`,
    absent: () => missing(join(paths.seeds, 'catalog.json')),
    run: (taxonomy, rewrite) => runCorpus(paths.seeds, taxonomy, rewrite),
    goldValues: () => readJsonLines('tests/gold/seed-indicator-values.jsonl'),
    goldFacts: () => readJsonLines('tests/gold/seed-facts.jsonl'),
  },
  {
    name: 'dev',
    real: true,
    complete: true,
    source: `${devDir}/raw (real excerpts, read in place), gold tests/gold/dev-indicator-values.jsonl and dev-facts.jsonl (copies of ${devDir}/)`,
    absent: () => missing(join(devDir, 'catalog.json'), join(devDir, 'raw')),
    run: (taxonomy, rewrite) => runCatalog(readCatalog(join(devDir, 'catalog.json')), join(devDir, 'raw'), taxonomy, rewrite),
    goldValues: () => readJsonLines('tests/gold/dev-indicator-values.jsonl'),
    goldFacts: () => readJsonLines('tests/gold/dev-facts.jsonl'),
  },
  excerpts('a'),
  excerpts('b'),
  {
    name: 'paraphrases',
    real: false,
    complete: true,
    source: `${PARAPHRASES} (each passage run as a report; its expected figures are all it should give)`,
    absent: () => missing(PARAPHRASES),
    run: (taxonomy, rewrite) => paraphraseRun(readParaphrases().map((p) => ({ ...p, text: rewrite(p.text) })), taxonomy),
    goldValues: (taxonomy) => paraphraseGold(readParaphrases(), taxonomy.indicators),
    goldFacts: null,
  },
];

/** Gold lines of `original` that its repository copy lacks, or has otherwise (the copy may gain lines for new indicators). */
export function goldDrift(original: string, copy: string): number {
  if (!existsSync(original) || !existsSync(copy)) return 0;
  const lines = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.stringify(JSON.parse(l)));
  const kept = new Set(lines(copy));
  return lines(original).filter((l) => !kept.has(l)).length;
}
