import { z } from 'zod';
import { loadWordLists } from '../lib/read-yaml.ts';
import { paths } from '../lib/paths.ts';

const words = z.array(z.string().min(1)).min(1);
const characters = z.record(z.string().length(1), z.string().min(1));

/** content/measure-words.yaml: what a number needs around it to count something. */
const measureWordsSchema = z
  .object({
    units: words,
    categoryUnits: words,
    timeUnits: words,
    wordContinuations: characters,
    listedUnits: z.record(z.string().min(1), words),
    bareCounts: z.record(z.string().min(1), words),
    bareModifiers: words,
    bareVerbs: words,
    vague: z.array(z.string().length(1)).min(1),
    vagueWordEndings: characters,
    figurative: z.record(z.string().min(2), words),
  })
  .strict();

export type MeasureWordsFile = z.infer<typeof measureWordsSchema>;

/** The measure words as the quantity rules read them: longest first, so that `人次` wins over `人`. */
export interface MeasureWords extends MeasureWordsFile {
  /** Every unit a figure may carry, `listedUnits` included. */
  allUnits: string[];
  /** The noun of a bare count, to its unit. */
  bareUnit: Map<string, string>;
}

const longestFirst = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length);

/** A measure-word vocabulary prepared for the quantity rules. */
export function measureWordsOf(file: MeasureWordsFile): MeasureWords {
  const bareUnit = new Map(Object.entries(file.bareCounts).flatMap(([unit, nouns]) => nouns.map((n) => [n, unit] as const)));
  return {
    ...file,
    units: longestFirst(file.units),
    allUnits: longestFirst([...file.units, ...Object.keys(file.listedUnits)]),
    bareUnit,
    bareModifiers: longestFirst(file.bareModifiers),
    bareVerbs: longestFirst(file.bareVerbs),
  };
}

export function loadMeasureWords(file: string): MeasureWords {
  return measureWordsOf(loadWordLists(file, 'the measure-word vocabulary', measureWordsSchema));
}

let projectWords: MeasureWords | undefined;

/** The project's measure words (content/measure-words.yaml), read once. */
export function measureWords(): MeasureWords {
  projectWords ??= loadMeasureWords(paths.measureWords);
  return projectWords;
}

/** Spelling variants that count the same thing: `场(次)`, `人(次)`, `人/次`, `人·次` are 场次 and 人次. */
export function normalizeUnit(unit: string, countedTwice: boolean): string {
  if (unit === '万人次') return '人次';
  return countedTwice && !unit.endsWith('次') ? `${unit}次` : unit;
}
