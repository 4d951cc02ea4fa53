import { z } from 'zod';
import { THEMES } from '../../src/contracts/fact.ts';
import {
  type Indicator,
  type IndicatorEntry,
  indicatorEntrySchema,
  type TaxonomyFile,
  taxonomyFileSchema,
} from '../../src/contracts/indicator.ts';
import { InputError } from '../lib/input-error.ts';
import { firstIssue, loadWordLists, readYaml } from '../lib/read-yaml.ts';
import { paths } from '../lib/paths.ts';
import type { ThemeWords } from './theme.ts';

/** The words the indicator rules read, from content/indicators.yaml. */
export type Vocabulary = Omit<TaxonomyFile, 'indicators'>;

export interface Taxonomy {
  vocabulary: Vocabulary;
  /** Every indicator, each family's first and then its twins, in the file's order. */
  indicators: Indicator[];
  /** The words of each theme (content/themes.yaml). */
  themes: ThemeWords;
}

const words = z.array(z.string().min(1)).min(1);
const themesFileSchema = z.object(Object.fromEntries(THEMES.filter((t) => t !== 'other').map((t) => [t, words]))).strict();

/** The line of the first `id: <id>` in the file, or of the `index`-th list item under `indicators:`. */
function lineOf(source: string, id: unknown, index: number | null): number | null {
  const lines = source.split('\n');
  if (typeof id === 'string') {
    const at = lines.findIndex((l) => new RegExp(`(?:^|[\\s{,])id:\\s*${id}(?:[\\s,}]|$)`).test(l));
    if (at !== -1) return at + 1;
  }
  const start = lines.findIndex((l) => /^indicators:/.test(l));
  if (start === -1) return null;
  if (index === null) return start + 1;
  let seen = -1;
  for (let i = start + 1; i < lines.length; i++) if (/^ {2}- /.test(lines[i]!) && ++seen === index) return i + 1;
  return start + 1;
}

/** A family as the indicators it stands for: the entry itself, then each twin with the entry's rules and its own changes. */
function expand(entry: IndicatorEntry, vocabulary: Vocabulary): Indicator[] {
  const members = [{ ...entry, twinOf: null as string | null }, ...(entry.twins ?? []).map((t) => ({ ...entry, ...t, twinOf: entry.id }))];
  return members.map((m) => {
    const unitClass = vocabulary.unitClasses[m.unit]!;
    return {
      id: m.id,
      zh: m.zh,
      en: m.en,
      theme: entry.theme,
      kind: m.kind,
      unitClass: m.unit,
      unit: unitClass.zh,
      units: unitClass.units,
      family: entry.id,
      twinOf: m.twinOf,
      match: {
        ...(m.counts ? { counts: m.counts } : {}),
        ...(m.about ? { about: m.about } : {}),
        either: m.either ?? false,
        action: m.action ?? null,
        ...(m.not ? { not: m.not } : {}),
        ...(m.joins ? { joins: m.joins } : {}),
      },
    };
  });
}

/** What an entry refers to must exist, and a family's members must differ in unit class or kind. */
function checkFamily(members: Indicator[], vocabulary: Vocabulary): string | null {
  const seen = new Map<string, string>();
  for (const m of members) {
    if (!m.match.counts && !m.match.about) return `${m.id}: needs \`counts\` or \`about\` words`;
    if (m.match.action && !vocabulary.actions[m.match.action]) return `${m.id}: action "${m.match.action}" is not under actions:`;
    const key = `${m.unitClass}/${m.kind}`;
    const other = seen.get(key);
    if (other) return `${m.id}: same unit class and kind (${key}) as ${other}; twins must differ in one`;
    seen.set(key, m.id);
  }
  return null;
}

/** Reads and checks the hand-maintained indicator taxonomy and theme words; every error names its file and line. */
export function loadTaxonomy(file: string, themesFile = paths.themes): Taxonomy {
  const { source, data } = readYaml(file, 'the indicator taxonomy');
  const top = taxonomyFileSchema.safeParse(data);
  if (!top.success) throw new InputError(file, 1, firstIssue(top.error));
  const { indicators: entries, ...vocabulary } = top.data;
  const unknownAction = vocabulary.listActions.find((a) => !vocabulary.actions[a]);
  if (unknownAction) throw new InputError(file, 1, `listActions: "${unknownAction}" is not under actions:`);

  const seen = new Set<string>();
  const indicators = entries.flatMap((item, i) => {
    const itemId = (item as { id?: unknown } | null)?.id;
    const result = indicatorEntrySchema.safeParse(item);
    if (!result.success) throw new InputError(file, lineOf(source, itemId, i), `indicator #${i + 1}: ${firstIssue(result.error)}`);
    const units = [result.data.unit, ...(result.data.twins ?? []).map((t) => t.unit)].filter((u) => u !== undefined);
    const unknown = units.find((u) => !vocabulary.unitClasses[u]);
    if (unknown) throw new InputError(file, lineOf(source, itemId, i), `indicator #${i + 1}: unit "${unknown}" is not under unitClasses:`);
    const members = expand(result.data, vocabulary);
    const wrong = checkFamily(members, vocabulary);
    if (wrong) throw new InputError(file, lineOf(source, itemId, i), wrong);
    for (const m of members) {
      if (seen.has(m.id)) throw new InputError(file, lineOf(source, m.id, i), `duplicate indicator id "${m.id}"`);
      seen.add(m.id);
    }
    return members;
  });
  return { vocabulary, indicators, themes: loadWordLists(themesFile, 'the theme vocabulary', themesFileSchema) as ThemeWords };
}
