import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChrome } from '../../scripts/ingest/chrome.ts';
import { cleanReport } from '../../scripts/ingest/clean.ts';
import { decodeReport } from '../../scripts/ingest/decode.ts';
import { expectCleanPage } from '../helpers/clean-checks.ts';
import { PUNCTUATION_FORMS } from '../helpers/punctuation-forms.ts';

// The development set of real copies lives beside the repository, never in it: read at run time.
const DEV = '../shared/dev';
const chrome = loadChrome('content/chrome.yaml');
const present = existsSync(join(DEV, 'catalog.json'));
const files = present ? (JSON.parse(readFileSync(join(DEV, 'catalog.json'), 'utf8')) as Array<{ file: string }>).map((e) => e.file) : [];

describe.skipIf(!present)(`the development set (${DEV}) reads clean by the checks every page must pass`, () => {
  describe.each(PUNCTUATION_FORMS)('%s', (_form, form) => {
    it.each(files)('%s', (file) => {
      const path = join(DEV, 'raw', file);
      const report = cleanReport(form(decodeReport(readFileSync(path), path)), path);
      expect(report.blocks.some((b) => b.kind === 'paragraph')).toBe(true);
      expectCleanPage(report, chrome);
    });
  });
});

if (!present) {
  describe('the development set', () => {
    it.skip(`is absent (${DEV}/catalog.json not found): its pages are not checked`, () => {});
  });
}
