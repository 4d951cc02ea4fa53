import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type CatalogEntry, catalogEntrySchema } from '../../src/contracts/catalog.ts';
import { InputError } from '../lib/input-error.ts';



/** Files in seeds/ that are not reports. */
const NOT_REPORTS = /^(?:catalog\.json|readme(?:\.\w+)?|\..*)$/i;

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

function describe(entry: unknown, index: number): string {
  const id = typeof entry === 'object' && entry !== null && 'id' in entry ? String(entry.id) : null;
  return id ? `entry "${id}" (#${index + 1})` : `entry #${index + 1}`;
}

/**
 * Reads and checks `seeds/catalog.json` against the report files beside it. Every error
 * names the catalog line and the entry, so a fifth report is added by editing data only.
 */
export function loadCatalog(seedsDir: string): CatalogEntry[] {
  const file = join(seedsDir, 'catalog.json');
  let source: string;
  try {
    source = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch {
    throw new InputError(file, null, 'the catalog is missing');
  }
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  const firstError = errors[0];
  if (firstError) {
    throw new InputError(file, lineAt(source, firstError.offset), `invalid JSON (${printParseErrorCode(firstError.error)})`);
  }
  if (!tree || tree.type !== 'array') throw new InputError(file, 1, 'the catalog must be a JSON array of entries');

  const raw = JSON.parse(source) as unknown[];
  const entries = raw.map((entry, i) => parseEntry(entry, i, tree.children![i]!, file, source));
  checkUnique(entries, tree, file, source);
  checkFiles(entries, tree, seedsDir, file, source);
  return entries;
}

function parseEntry(entry: unknown, index: number, node: Node, file: string, source: string): CatalogEntry {
  const result = catalogEntrySchema.safeParse(entry);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const at = findNodeAtLocation(node, path) ?? findParent(node, path) ?? node;
  const field = path.join('.') || '(entry)';
  const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
  throw new InputError(file, lineAt(source, at.offset), `${describe(entry, index)}: ${field} ${message}`);
}

function findParent(node: Node, path: Array<string | number>): Node | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const found = findNodeAtLocation(node, path.slice(0, n));
    if (found) return found;
  }
  return undefined;
}

function checkUnique(entries: CatalogEntry[], tree: Node, file: string, source: string): void {
  for (const key of ['id', 'file'] as const) {
    const seen = new Map<string, number>();
    entries.forEach((entry, i) => {
      const first = seen.get(entry[key]);
      if (first !== undefined) {
        throw new InputError(
          file,
          lineAt(source, tree.children![i]!.offset),
          `${describe(entry, i)}: duplicate ${key} "${entry[key]}", already used by ${describe(entries[first], first)}`,
        );
      }
      seen.set(entry[key], i);
    });
  }
}

function checkFiles(entries: CatalogEntry[], tree: Node, seedsDir: string, file: string, source: string): void {
  const present = new Set(readdirSync(seedsDir).filter((name) => !NOT_REPORTS.test(name)));
  entries.forEach((entry, i) => {
    if (!present.has(entry.file)) {
      throw new InputError(file, lineAt(source, tree.children![i]!.offset), `${describe(entry, i)}: file "${entry.file}" is not in ${seedsDir}`);
    }
  });
  const listed = new Set(entries.map((e) => e.file));
  const orphan = [...present].sort().find((name) => !listed.has(name));
  if (orphan) throw new InputError(join(seedsDir, orphan), null, `has no entry in ${file}; add one or remove the file`);
}
