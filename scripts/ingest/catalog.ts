import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type CatalogEntry, catalogEntrySchema } from '../../src/contracts/catalog.ts';
import { InputError } from '../lib/input-error.ts';
import { type BuildLimits, buildLimits } from '../lib/limits.ts';

/** Files in seeds/ that are not reports. */
const NOT_REPORTS = /^(?:catalog\.json|readme(?:\.\w+)?|\..*)$/i;

export interface CatalogOptions {
  /** Build a site without reports on purpose (`--allow-empty`); otherwise an empty catalog is a mistake. */
  allowEmpty?: boolean;
  /** How many reports, and how large, a build takes (scripts/lib/limits.ts); from the environment unless given. */
  limits?: BuildLimits;
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

// An id is quoted in messages only while short: one pasted by mistake could be megabytes.
const QUOTED_ID = 64;

function describe(entry: unknown, index: number): string {
  const id = typeof entry === 'object' && entry !== null && 'id' in entry ? String(entry.id) : null;
  return id ? `entry "${id.length > QUOTED_ID ? `${id.slice(0, QUOTED_ID)}…` : id}" (#${index + 1})` : `entry #${index + 1}`;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The first key an object of the catalog gives twice: JSON.parse would keep the last silently. */
function duplicateKey(node: Node): Node | null {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (!key) continue;
      if (seen.has(String(key.value))) return key;
      seen.add(String(key.value));
    }
  }
  for (const child of node.children ?? []) {
    const found = duplicateKey(child);
    if (found) return found;
  }
  return null;
}

/** What a seeds/ entry is, when it is not a regular file: reports are read as plain files only. */
function notAFile(path: string): string | null {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return 'is not there';
  }
  if (stat.isSymbolicLink()) return 'is a symbolic link; copy the report itself into seeds/';
  if (stat.isDirectory()) return 'is a folder; seeds/ holds report files only';
  if (!stat.isFile()) return 'is not a regular file (a pipe, socket or device); copy the report in as a plain file';
  // A hard link is a second name of a file that may live anywhere on the disk (/etc/passwd), which no path check can see.
  if (stat.nlink > 1) return 'is a hard link (one of several names of a file that may live outside seeds/); copy the report itself into seeds/';
  return null;
}

/**
 * Reads and checks `seeds/catalog.json` against the report files beside it. Every error
 * names the catalog line and the entry, so a fifth report is added by editing data only.
 */
export function loadCatalog(seedsDir: string, options: CatalogOptions = {}): CatalogEntry[] {
  const file = join(seedsDir, 'catalog.json');
  const problem = notAFile(file);
  if (problem === 'is not there') throw new InputError(file, null, 'the catalog is missing', 'add seeds/catalog.json, a JSON array of entries');
  if (problem) throw new InputError(file, null, `the catalog ${problem}`);
  const limits = options.limits ?? buildLimits();
  const size = statSync(file).size;
  if (size > limits.catalogBytes) {
    throw new InputError(file, null, `the catalog is ${megabytes(size)}, more than a catalog of ${limits.reports} reports (MAX_REPORTS) needs`, 'check it for pasted text, or raise MAX_REPORTS for a larger collection');
  }
  const source = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  const firstError = errors[0];
  if (firstError) {
    throw new InputError(file, lineAt(source, firstError.offset), `invalid JSON (${printParseErrorCode(firstError.error)})`);
  }
  if (!tree || tree.type !== 'array') throw new InputError(file, 1, 'the catalog must be a JSON array of entries');
  const twice = duplicateKey(tree);
  if (twice) throw new InputError(file, lineAt(source, twice.offset), `the key "${String(twice.value).slice(0, QUOTED_ID)}" is given twice in one object`, 'keep one of them');
  if (tree.children!.length > limits.reports) {
    throw new InputError(
      file,
      lineAt(source, tree.children![limits.reports]!.offset),
      `the catalog lists ${tree.children!.length} reports, over the limit of ${limits.reports}`,
      'raise MAX_REPORTS to build a larger collection (a build of 1000 reports takes about 3 GB of memory: see BUILD_MEMORY_MB)',
    );
  }
  if (tree.children!.length === 0 && !options.allowEmpty) {
    throw new InputError(file, 1, 'the catalog lists no reports', 'add an entry per report, or pass --allow-empty to publish an empty site on purpose');
  }

  const raw = JSON.parse(source) as unknown[];
  const at = (i: number) => lineAt(source, tree.children![i]!.offset);
  const entries = raw.map((entry, i) => parseEntry(entry, i, tree.children![i]!, file, source));
  checkUnique(entries, at, file);
  checkRegions(entries, at, file);
  checkFiles(entries, at, seedsDir, file, limits);
  return entries;
}

function parseEntry(entry: unknown, index: number, node: Node, file: string, source: string): CatalogEntry {
  const result = catalogEntrySchema.safeParse(entry, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = findNodeAtLocation(node, path) ?? findParent(node, path) ?? node;
  const field = path.join('.') || '(entry)';
  const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
  throw new InputError(file, lineAt(source, where.offset), `${describe(entry, index)}: ${field} ${message}`);
}

function findParent(node: Node, path: Array<string | number>): Node | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const found = findNodeAtLocation(node, path.slice(0, n));
    if (found) return found;
  }
  return undefined;
}

function checkUnique(entries: CatalogEntry[], at: (i: number) => number, file: string): void {
  for (const key of ['id', 'file'] as const) {
    const seen = new Map<string, number>();
    entries.forEach((entry, i) => {
      const first = seen.get(entry[key]);
      if (first !== undefined) {
        throw new InputError(file, at(i), `${describe(entry, i)}: duplicate ${key} "${entry[key]}", already used by ${describe(entries[first], first)}`);
      }
      seen.set(entry[key], i);
    });
  }
}

/** One region id is one region: several reports of it share its name, level and province exactly. */
function checkRegions(entries: CatalogEntry[], at: (i: number) => number, file: string): void {
  const first = new Map<string, number>();
  entries.forEach((entry, i) => {
    const j = first.get(entry.region.id);
    if (j === undefined) {
      first.set(entry.region.id, i);
      return;
    }
    const other = entries[j]!.region;
    const differs = (['name', 'level', 'province', 'nameEn'] as const).find((k) => (other[k] ?? null) !== (entry.region[k] ?? null));
    if (differs) {
      throw new InputError(
        file,
        at(i),
        `${describe(entry, i)}: region "${entry.region.id}" has ${differs} "${entry.region[differs] ?? ''}" here but "${other[differs] ?? ''}" in ${describe(entries[j], j)}`,
        'give one region one id, with the same name, level and province in every entry',
      );
    }
  });
}

function checkFiles(entries: CatalogEntry[], at: (i: number) => number, seedsDir: string, file: string, limits: BuildLimits): void {
  entries.forEach((entry, i) => {
    const problem = notAFile(join(seedsDir, entry.file));
    if (problem === 'is not there') throw new InputError(file, at(i), `${describe(entry, i)}: file "${entry.file}" is not in ${seedsDir}`);
    if (problem) throw new InputError(file, at(i), `${describe(entry, i)}: file "${entry.file}" ${problem}`);
    const size = statSync(join(seedsDir, entry.file)).size;
    if (size > limits.reportBytes) {
      throw new InputError(
        file,
        at(i),
        `${describe(entry, i)}: file "${entry.file}" is ${megabytes(size)}, over the limit of ${megabytes(limits.reportBytes)} for one report`,
        'check that it holds one report, or raise MAX_REPORT_MB',
      );
    }
  });
  const listed = new Set(entries.map((e) => e.file));
  for (const name of readdirSync(seedsDir).sort()) {
    if (NOT_REPORTS.test(name) || listed.has(name)) continue;
    const problem = notAFile(join(seedsDir, name));
    if (problem) throw new InputError(join(seedsDir, name), null, problem);
    throw new InputError(join(seedsDir, name), null, `has no entry in ${file}`, 'add one or remove the file');
  }
}
