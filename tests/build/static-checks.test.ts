import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { brokenLinks } from '../helpers/link-check.ts';
import { htmlPages } from '../helpers/site-files.ts';

const { dist } = inject('site');
const pages = htmlPages(dist);

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta …> and boolean attributes bare; both are valid HTML.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    // Region colours are data, set per element (the one inline style on the site).
    'no-inline-style': 'off',
    // Chinese text uses full-width punctuation that this rule reads as unescaped characters.
    'no-raw-characters': 'off',
  },
});

describe('static checks of the built pages', () => {
  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(pages.map((p) => [relative(dist, p), p]))('%s is valid HTML', async (_, page) => {
    const report = await validator.validateString(readFileSync(page, 'utf8'), page);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([]);
  });

  it('has no internal link or #anchor that leads nowhere', () => {
    expect(pages.flatMap((page) => brokenLinks(dist, page))).toEqual([]);
  });
});
