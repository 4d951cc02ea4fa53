import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bareUrls, linkProblem, linksOf, markdownProblems, proseOf, repositoryPaths } from '../helpers/markdown-links.ts';

const ROOT = process.cwd();

describe('links in Markdown', () => {
  const exists = (path: string) => ['.', 'README.md', 'docs', 'docs/catalog.md', 'docs/screenshots/home.png', 'seeds'].includes(path);

  it.each([
    ['docs/catalog.md', 'README.md', null],
    ['catalog.md#fields', 'docs/search.md', null],
    ['../README.md', 'docs/search.md', null],
    ['../', 'docs/search.md', null],
    ['screenshots/home.png', 'docs/design.md', null],
    ['seeds/', 'README.md', null],
    ['#set-up', 'README.md', null],
    ['docs/missing.md', 'README.md', 'docs/missing.md is no file or folder of the repository'],
    ['../../shared/design.md', 'docs/search.md', 'a path that leaves the repository'],
    ['../outside.md', 'README.md', 'a path that leaves the repository'],
    ['https://example.org/', 'README.md', 'a https: address: links stay inside the repository'],
    ['http://localhost:4321', 'README.md', 'a http: address: links stay inside the repository'],
    ['mailto:editor@example.org', 'README.md', 'a mailto: address: links stay inside the repository'],
    ['//example.org/x', 'README.md', 'an address on another host: links stay inside the repository'],
    ['/docs/catalog.md', 'README.md', 'an absolute path: write it relative to the file'],
    ['', 'README.md', 'an empty link'],
  ])('%s in %s: %s', (target, from, reason) => {
    expect(linkProblem(target, from, exists)).toBe(reason);
  });

  it('finds inline links, images, reference definitions, autolinks and HTML links', () => {
    const text = [
      'See [the catalog](docs/catalog.md "fields") and ![home](<docs/screenshots/home.png>).',
      '[`npm run review`](docs/reviews.md) and [a [nested] text](docs/a.md).',
      '[ref]: docs/b.md',
      '<https://example.org> <editor@example.org> <a href="docs/c.md">c</a>',
    ].join('\n');
    expect(linksOf(proseOf(text))).toEqual([
      { line: 1, target: 'docs/catalog.md' },
      { line: 1, target: 'docs/screenshots/home.png' },
      { line: 2, target: 'docs/reviews.md' },
      { line: 2, target: 'docs/a.md' },
      { line: 3, target: 'docs/b.md' },
      { line: 4, target: 'https://example.org' },
      { line: 4, target: 'editor@example.org' },
      { line: 4, target: 'docs/c.md' },
    ]);
  });

  it('passes over addresses in code blocks and inline code, and keeps line numbers', () => {
    const text = [
      'Set `SITE_URL=https://<owner>.github.io` when deploying.',
      '```sh',
      'curl https://example.org/ [x](https://example.org)',
      '```',
      '   ~~~yaml',
      '   url: https://example.org',
      '   ~~~',
      'Served at https://example.org/union-reports/.',
    ].join('\n');
    expect(bareUrls(proseOf(text))).toEqual([{ line: 8, target: 'https://example.org/union-reports/' }]);
    expect(linksOf(proseOf(text))).toEqual([]);
  });

  it('reports a bad link and a bare address with their lines', () => {
    const text = ['# Title', '', 'Read [this](https://example.org/).', 'Or see http://example.org too.'].join('\n');
    expect(markdownProblems(text, 'README.md', exists).map((p) => `${p.line}: ${p.target}`)).toEqual([
      '3: https://example.org/',
      '3: https://example.org/',
      '4: http://example.org',
    ]);
  });
});

describe('the repository’s Markdown', () => {
  const paths = repositoryPaths(ROOT);
  const documents = [...paths].filter((p) => p === 'README.md' || p === 'CONTRIBUTING.md' || /^docs\/.+\.md$/.test(p)).sort();

  it('has a README, a CONTRIBUTING.md and documents in docs/', () => {
    expect(documents).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/architecture.md']));
  });

  it.each(documents)('%s links only to files and folders of the repository, and names no other site', (file) => {
    const problems = markdownProblems(readFileSync(file, 'utf8'), file, (path) => paths.has(path));
    expect(problems.map((p) => `${file}:${p.line}: ${p.target}: ${p.reason}`)).toEqual([]);
  });
});
