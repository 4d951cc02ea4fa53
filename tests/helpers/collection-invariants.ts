import yaml from 'js-yaml';
import { reportMdx } from '../../scripts/content/report-mdx.ts';
import { corpusFacts } from '../../scripts/facts/corpus-facts.ts';
import type { Taxonomy } from '../../scripts/facts/taxonomy.ts';
import { ingestSeed } from '../../scripts/ingest/ingest.ts';
import { InputError } from '../../scripts/lib/input-error.ts';
import { catalogEntrySchema } from '../../src/contracts/catalog.ts';
import { factSchema } from '../../src/contracts/fact.ts';
import { machineValueSchema } from '../../src/contracts/indicator.ts';
import type { ReportFrontmatter } from '../../src/contracts/report.ts';
import { regionPairs } from '../../src/lib/data/region-pairs.ts';
import type { Collection } from './recombined-collection.ts';

/** What the content stage made of a collection: refused with one line, or built, with what broke an invariant. */
export type ContentOutcome = { refused: string } | { facts: number; values: number; violations: string[] };

const finiteAndNotNegative = (n: number | null) => n === null || (Number.isFinite(n) && n >= 0);

/**
 * Runs a collection through the content stage in-process (catalog entries as the schema
 * reads them, decoding, cleaning, facts, indicator values, MDX) and checks what it builds: each
 * fact's text stands in its sentence; no fact counts for two indicators, or for one it is
 * not mapped to; no value is negative or not finite; every charted value adds up facts of
 * its own report, and only them; facts and values keep the contracts the site reads; no
 * two comparison pages share an address.
 */
export function contentOutcome(collection: Collection, taxonomy: Taxonomy): ContentOutcome {
  // The generator's catalogs are valid by construction; a parse error here is the generator's fault, not the pipeline's.
  const catalog = collection.catalog.map((e) => catalogEntrySchema.parse(e));
  let run;
  let frontmatter: ReportFrontmatter[];
  try {
    run = corpusFacts(catalog, taxonomy, (entry) => ingestSeed(collection.files[entry.file]!, entry.file));
    frontmatter = run.reports.map(({ entry, report, extracted }, order) => {
      const mdx = reportMdx(entry, report, order, extracted, taxonomy.themes);
      return yaml.load(mdx.slice(4, mdx.indexOf('\n---\n'))) as ReportFrontmatter;
    });
  } catch (error) {
    if (error instanceof InputError && !error.message.includes('\n')) return { refused: error.message };
    throw error;
  }
  const violations: string[] = [];
  const pairs = regionPairs(frontmatter).map((p) => p.slug);
  for (const slug of new Set(pairs)) if (pairs.indexOf(slug) !== pairs.lastIndexOf(slug)) violations.push(`two comparison pages at /compare/${slug}/`);
  const facts = new Map(run.facts.map((f) => [f.id, f]));
  if (facts.size !== run.facts.length) violations.push('two facts share an id');
  for (const f of run.facts) {
    const parsed = factSchema.safeParse(f);
    if (!parsed.success) violations.push(`${f.id} breaks the fact contract: ${parsed.error.issues[0]!.message}`);
    if (!f.sentence.includes(f.text)) violations.push(`${f.id}: its text "${f.text}" is not in its sentence "${f.sentence}"`);
    if (!finiteAndNotNegative(f.value) || !finiteAndNotNegative(f.perYear)) violations.push(`${f.id}: value ${f.value}, per year ${f.perYear}`);
  }
  const countedIn = new Map<string, string>();
  for (const v of run.values) {
    const row = `${v.indicator} of ${v.report}`;
    const parsed = machineValueSchema.safeParse(v);
    if (!parsed.success) violations.push(`${row} breaks the value contract: ${parsed.error.issues[0]!.message}`);
    if (!finiteAndNotNegative(v.value) || !finiteAndNotNegative(v.perYear)) violations.push(`${row}: value ${v.value}, per year ${v.perYear}`);
    let sum = 0;
    for (const id of v.facts) {
      const f = facts.get(id);
      if (!f) {
        violations.push(`${row} counts ${id}, which is no fact`);
        continue;
      }
      if (f.report !== v.report || f.region !== v.region) violations.push(`${row} counts ${id} of ${f.report}`);
      if (f.indicator !== v.indicator) violations.push(`${row} counts ${id}, a fact of ${f.indicator}`);
      const other = countedIn.get(id);
      if (other !== undefined) violations.push(`${id} counts for ${other} and for ${row}`);
      countedIn.set(id, row);
      sum += f.value ?? Number.NaN;
    }
    if (v.value !== null && Math.abs(v.value - sum) > 1e-9 * Math.max(1, Math.abs(sum))) violations.push(`${row} is ${v.value}, its facts add up to ${sum}`);
  }
  return { facts: run.facts.length, values: run.values.length, violations };
}
