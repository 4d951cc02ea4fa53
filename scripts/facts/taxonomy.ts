import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { type Indicator, indicatorSchema } from '../../src/contracts/indicator.ts';
import { InputError } from '../lib/input-error.ts';

/** Line of the `- id:` item that starts entry `index` of a YAML list. */
function entryLine(source: string, index: number): number | null {
  let seen = -1;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (/^- /.test(lines[i]!) && ++seen === index) return i + 1;
  }
  return null;
}

/** Reads and checks the hand-maintained indicator taxonomy; every error names its file and line. */
export function loadTaxonomy(file: string): Indicator[] {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(file, null, 'the indicator taxonomy is missing');
  }
  let data: unknown;
  try {
    data = yaml.load(source);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    throw new InputError(file, mark ? mark.line + 1 : null, `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!Array.isArray(data)) throw new InputError(file, 1, 'the taxonomy must be a YAML list of indicators');
  const seen = new Set<string>();
  return data.map((item, i) => {
    const result = indicatorSchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new InputError(file, entryLine(source, i), `indicator #${i + 1}: ${issue.path.join('.') || '(entry)'} ${issue.message}`);
    }
    if (seen.has(result.data.id)) throw new InputError(file, entryLine(source, i), `duplicate indicator id "${result.data.id}"`);
    seen.add(result.data.id);
    return result.data;
  });
}
