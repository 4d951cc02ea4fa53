import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { InputError } from './input-error.ts';

/** A hand-maintained YAML file, read and parsed; errors name its file and line. */
export function readYaml(file: string, what: string): { source: string; data: unknown } {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(file, null, `${what} is missing`);
  }
  try {
    return { source, data: yaml.load(source) };
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    throw new InputError(file, mark ? mark.line + 1 : null, `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The first problem zod found, as `path message`. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.map(String).join('.') || '(entry)'} ${issue.message}`;
}

/** A YAML file of word lists checked against `schema`; an error names the top-level key's line. */
export function loadWordLists<T>(file: string, what: string, schema: z.ZodType<T>): T {
  const { source, data } = readYaml(file, what);
  const result = schema.safeParse(data);
  if (!result.success) {
    const key = String(result.error.issues[0]!.path[0] ?? '');
    const line = source.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    throw new InputError(file, line === -1 ? 1 : line + 1, firstIssue(result.error));
  }
  return result.data;
}
