import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type ReviewEntry, reviewEntrySchema } from '../../src/contracts/review.ts';
import type { Taxonomy } from '../facts/taxonomy.ts';
import { InputError } from '../lib/input-error.ts';
import { firstIssue, readYaml } from '../lib/read-yaml.ts';

/** A review entry with the place it was written, so a warning can send the editor to it. */
export interface PlacedReview {
  report: string;
  file: string;
  line: number;
  entry: ReviewEntry;
}

/** What a review may name: the catalog's reports, and each indicator's unit class with the measure words of each class. */
export interface ReviewVocabulary {
  reports: ReadonlySet<string>;
  indicators: ReadonlyMap<string, { unitClass: string }>;
  unitClasses: Readonly<Record<string, { units: readonly string[] }>>;
}

// Entries are a top-level list, so the n-th `- ` at the line's start opens the n-th entry.
function entryLines(source: string): number[] {
  return source.split('\n').flatMap((line, i) => (/^-(\s|$)/.test(line) ? [i + 1] : []));
}

function classOf(unit: string, vocabulary: ReviewVocabulary): string | undefined {
  return Object.entries(vocabulary.unitClasses).find(([, c]) => c.units.includes(unit))?.[0];
}

/** Why an entry that passed the schema cannot be applied, or null. */
function vocabularyProblem(entry: ReviewEntry, vocabulary: ReviewVocabulary): string | null {
  const indicator = entry.indicator ? vocabulary.indicators.get(entry.indicator) : undefined;
  if (entry.indicator && !indicator) return `unknown indicator ${entry.indicator} (content/indicators.yaml lists the ids)`;
  if (entry.unit === undefined) return null;
  const unitClass = classOf(entry.unit, vocabulary);
  if (!unitClass) return `unknown measure word ${entry.unit} (content/indicators.yaml lists them under unitClasses)`;
  if (indicator && indicator.unitClass !== unitClass) return `${entry.unit} is ${unitClass}, but ${entry.indicator} counts ${indicator.unitClass}`;
  return null;
}

const reportOf = (file: string) => basename(file).replace(/\.ya?ml$/, '');

/** One review file, checked: the first problem stops the build with its file and line. */
export function loadReviewFile(file: string, vocabulary: ReviewVocabulary): PlacedReview[] {
  const report = reportOf(file);
  if (!vocabulary.reports.has(report)) throw new InputError(file, null, `no report ${report} in the catalog`, 'name the file after a report id');
  const { source, data } = readYaml(file, 'review file');
  if (data === undefined || data === null) return [];
  if (!Array.isArray(data)) throw new InputError(file, 1, 'a review file is a list of entries, each starting with `- `');
  const lines = entryLines(source);
  return data.map((raw, i) => {
    const line = lines[i] ?? 1;
    const parsed = reviewEntrySchema.safeParse(raw);
    if (!parsed.success) throw new InputError(file, line, firstIssue(parsed.error));
    const problem = vocabularyProblem(parsed.data, vocabulary);
    if (problem) throw new InputError(file, line, problem);
    return { report, file, line, entry: parsed.data };
  });
}

/**
 * Every review file of `dir` (none when it is absent), in file-name order. A file whose
 * report is not in this build's catalog (a report taken out, a collection of its own) is a
 * warning and is applied nowhere; a problem in any other stops the build.
 */
export function loadReviews(dir: string, vocabulary: ReviewVocabulary): { placed: PlacedReview[]; warnings: string[] } {
  if (!existsSync(dir)) return { placed: [], warnings: [] };
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
  const outside = files.filter((file) => !vocabulary.reports.has(reportOf(file)));
  return {
    placed: files.filter((file) => !outside.includes(file)).flatMap((file) => loadReviewFile(file, vocabulary)),
    warnings: outside.map((file) => `${file}: no report ${reportOf(file)} in this build's catalog; its reviews are applied nowhere`),
  };
}

/** What reviews may name in a build: its catalog's reports and its taxonomy's indicators. */
export function reviewVocabulary(reports: Iterable<string>, taxonomy: Taxonomy): ReviewVocabulary {
  return {
    reports: new Set(reports),
    indicators: new Map(taxonomy.indicators.map((i) => [i.id, { unitClass: i.unitClass }])),
    unitClasses: taxonomy.vocabulary.unitClasses,
  };
}
