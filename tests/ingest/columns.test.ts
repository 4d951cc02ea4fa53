import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interleavedColumns } from '../../scripts/ingest/columns.ts';

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

describe('interleavedColumns', () => {
  it('finds three columns taken across the page', () => {
    expect(interleavedColumns(lines('tests/fixtures/layouts/l10-pdf-columns.txt'))).toBe(true);
  });

  it('reads the same columns taken down the page as one text', () => {
    const across = lines('tests/fixtures/layouts/l10-pdf-columns.txt');
    const down = [across[0]!, ...[1, 2, 3].flatMap((c) => across.slice(1).filter((_l, i) => i % 3 === c - 1))];
    expect(interleavedColumns(down)).toBe(false);
  });

  it('reads a newspaper column broken into short lines as one text', () => {
    expect(interleavedColumns(lines('tests/fixtures/chrome/p10-newspaper-broken-lines.txt'))).toBe(false);
  });

  it('leaves a page of whole paragraphs alone', () => {
    expect(interleavedColumns(lines('tests/fixtures/layouts/l02-portal-related.txt'))).toBe(false);
  });
});
