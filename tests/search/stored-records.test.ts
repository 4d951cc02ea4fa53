import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readStored, writeStored } from '../../scripts/search/pagefind-format.ts';
import { dropStoredText, recordIds } from '../../scripts/search/stored-records.ts';

const bundle = mkdtempSync(join(tmpdir(), 'stored-records-'));
afterAll(() => rmSync(bundle, { recursive: true, force: true }));

// Stored as the installed Pagefind stores them (tests/search/pagefind-format.test.ts).
const store = (id: string, record: Parameters<typeof writeStored>[2]) => writeStored(bundle, id, record);
const stored = (id: string) => readStored(bundle, id);

describe('Pagefind’s stored records', () => {
  mkdirSync(join(bundle, 'fragment'));
  const report = { url: '/reports/liutang-2025/', content: 'z-abcd-ab-c-d '.repeat(50), word_count: 100, filters: {}, meta: { title: '柳塘县总工会2025年工作报告' }, anchors: [] };
  const listing = { url: '/indicators/aid-funds/', content: '帮扶慰问资金', word_count: 1, filters: {}, meta: { title: '帮扶慰问资金' }, anchors: [] };
  store('und_1a2b3c', report);
  store('und_4d5e6f', listing);

  it('knows each record’s id by its url', () => {
    expect(recordIds(bundle)).toEqual(new Map([['/reports/liutang-2025/', 'und_1a2b3c'], ['/indicators/aid-funds/', 'und_4d5e6f']]));
  });

  it('drops the indexed text of the records named, keeping what names their page, and leaves the others whole', () => {
    dropStoredText(bundle, ['und_1a2b3c']);
    expect(stored('und_1a2b3c')).toEqual({ ...report, content: '' });
    expect(stored('und_4d5e6f')).toEqual(listing);
    expect(recordIds(bundle).get('/reports/liutang-2025/')).toBe('und_1a2b3c');
  });

  it('refuses a file that is not a record', () => {
    // A gzipped JSON without the signature Pagefind puts before a record.
    writeFileSync(join(bundle, 'fragment', 'und_bad.pf_fragment'), gzipSync('{"url":"/x/"}'));
    expect(() => dropStoredText(bundle, ['und_bad'])).toThrow(/und_bad\.pf_fragment: not a Pagefind record/);
  });
});
