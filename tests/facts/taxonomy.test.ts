import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../scripts/facts/taxonomy.ts';

const dir = mkdtempSync(join(tmpdir(), 'taxonomy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(text: string) {
  const file = join(dir, 'indicators.yaml');
  writeFileSync(file, text);
  return () => loadTaxonomy(file);
}

const GOOD = `- id: a
  zh: 甲
  en: A
  theme: rights
  kind: flow
  units: [份]
  match: { what: [合同] }
`;

describe('loadTaxonomy', () => {
  it('reads the project taxonomy: at least 20 indicators, all valid', () => {
    expect(loadTaxonomy('content/indicators.yaml').length).toBeGreaterThanOrEqual(20);
  });

  it('names the line of a bad indicator', () => {
    expect(load(`${GOOD}- id: b\n  zh: 乙\n  en: B\n  theme: planet\n  kind: flow\n  units: [份]\n  match: { what: [合同] }\n`)).toThrow(
      /indicators\.yaml:8: indicator #2: theme /,
    );
    expect(load(`${GOOD}- id: c\n  zh: 丙\n  en: C\n  theme: rights\n  kind: flow\n  units: [份]\n  match: {}\n`)).toThrow(/:8: indicator #2: match needs `what` or `context` words/);
  });

  it('names a duplicate id and a YAML syntax error', () => {
    expect(load(GOOD + GOOD)).toThrow(/:8: duplicate indicator id "a"/);
    expect(load('- id: a\n  zh: [甲\n')).toThrow(/indicators\.yaml:\d+: invalid YAML/);
  });
});
