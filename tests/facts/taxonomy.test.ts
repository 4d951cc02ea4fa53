import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../scripts/facts/taxonomy.ts';

const dir = mkdtempSync(join(tmpdir(), 'taxonomy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const project = readFileSync('content/indicators.yaml', 'utf8');
const vocabulary = project.slice(0, project.indexOf('\nindicators:') + 1);

function load(indicators: string) {
  const file = join(dir, 'indicators.yaml');
  writeFileSync(file, `${vocabulary}indicators:\n${indicators}`);
  return () => loadTaxonomy(file);
}
// The line of the first indicator, right after the vocabulary and `indicators:`.
const FIRST = vocabulary.split('\n').length + 1;

const BOOKS = `  - id: books
    zh: 书屋
    en: Reading rooms
    theme: venues
    unit: organisations
    kind: stock
    counts: [书屋]
    twins:
      - { id: books-new, zh: 新建书屋, en: New reading rooms, kind: flow, action: new }
`;

describe('loadTaxonomy', () => {
  const taxonomy = loadTaxonomy('content/indicators.yaml');

  it('reads the project taxonomy: at least 40 indicators, each with one unit class, one kind and its measure words', () => {
    expect(taxonomy.indicators.length).toBeGreaterThanOrEqual(40);
    for (const i of taxonomy.indicators) {
      expect(['flow', 'stock']).toContain(i.kind);
      expect(taxonomy.vocabulary.unitClasses[i.unitClass]?.units).toEqual(i.units);
    }
  });

  it('keeps every indicator id of the first taxonomy with its kind: ids are in shared links', () => {
    const kinds = Object.fromEntries(taxonomy.indicators.map((i) => [i.id, i.kind]));
    expect(kinds).toMatchObject({
      'new-union-orgs': 'flow', 'new-members': 'flow', 'new-economy-members': 'stock', 'member-real-name': 'flow', 'union-members': 'stock',
      'aid-funds': 'flow', 'needy-workers-helped': 'flow', 'cancer-screening': 'flow', 'medical-mutual-aid': 'flow', 'free-checkups': 'flow',
      'wage-arrears-recovered': 'flow', 'labour-disputes': 'flow', 'legal-outreach-events': 'flow', 'legal-outreach-reach': 'flow',
      'collective-contracts': 'flow', 'contract-covered-workers': 'flow', 'skills-competitions': 'flow', 'competition-participants': 'flow',
      'innovation-results': 'flow', 'model-workers': 'flow', 'model-worker-studios': 'stock', 'workers-bookhouses': 'stock',
      'outdoor-worker-stations': 'stock', 'workers-homes': 'stock', 'ideology-lectures': 'flow', 'cultural-sports-events': 'flow',
      'cultural-sports-participants': 'flow', 'media-articles': 'flow', 'cadre-training': 'flow',
    });
  });

  it('spells out twins with their family’s rules and the id of the indicator they extend', () => {
    const [books, booksNew] = load(BOOKS)().indicators;
    expect(books).toMatchObject({ id: 'books', kind: 'stock', family: 'books', twinOf: null, match: { counts: ['书屋'], action: null } });
    expect(booksNew).toMatchObject({ id: 'books-new', kind: 'flow', unit: '家', family: 'books', twinOf: 'books', match: { counts: ['书屋'], action: 'new' } });
  });

  it('names the line of a bad indicator', () => {
    expect(load(`${BOOKS}  - id: other\n    zh: 乙\n    en: B\n    theme: planet\n    unit: persons\n    kind: flow\n    about: [乙]\n`)).toThrow(
      new RegExp(`indicators\\.yaml:${FIRST + 9}: indicator #2: theme `),
    );
    expect(load(`  - id: other\n    zh: 乙\n    en: B\n    theme: rights\n    unit: persons\n    kind: flow\n`)).toThrow(
      new RegExp(`indicators\\.yaml:${FIRST}: indicator #1: \\(entry\\) needs \`counts\` or \`about\` words`),
    );
  });

  it('refuses a unit class or action the vocabulary lacks, and twins that do not differ', () => {
    expect(load(BOOKS.replace('unit: organisations', 'unit: shelves'))).toThrow(/indicator #1: unit "shelves" is not under unitClasses:/);
    expect(load(BOOKS.replace('action: new', 'action: renew'))).toThrow(/books-new: action "renew" is not under actions:/);
    expect(load(BOOKS.replace('kind: flow, action: new', 'action: new'))).toThrow(/books-new: same unit class and kind \(organisations\/stock\) as books/);
  });

  it('reads the theme words from their own file and names the line of a bad theme', () => {
    expect(taxonomy.themes.venues).toContain('书屋');
    const themes = join(dir, 'themes.yaml');
    writeFileSync(themes, readFileSync('content/themes.yaml', 'utf8').replace(/^rights:\n/m, 'rights: 12\nleft:\n'));
    const line = readFileSync(themes, 'utf8').split('\n').indexOf('rights: 12') + 1;
    expect(() => loadTaxonomy('content/indicators.yaml', themes)).toThrow(new RegExp(`themes\\.yaml:${line}: rights `));
  });

  it('names a duplicate id and a YAML syntax error', () => {
    expect(load(BOOKS + BOOKS.replace('- id: books\n', '- id: books-new\n'))).toThrow(/duplicate indicator id "books-new"/);
    expect(load('  - id: a\n    zh: [甲\n')).toThrow(/indicators\.yaml:\d+: invalid YAML/);
  });
});
