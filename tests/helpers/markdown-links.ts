import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { posix } from 'node:path';

/** A link target or an address found in a Markdown file, with the line it stands on. */
export interface FoundLink {
  line: number;
  target: string;
}

export interface LinkProblem extends FoundLink {
  reason: string;
}

const FENCE = /^\s*(`{3,}|~{3,})/;

/**
 * The text a reader sees as prose: fenced code blocks and inline code spans blanked, line
 * breaks kept so that line numbers still point into the file. An address in code is an
 * example to type (`https://<owner>.github.io`), not a link.
 */
export function proseOf(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | null = null;
  const outside = lines.map((line) => {
    const mark = FENCE.exec(line)?.[1];
    if (fence === null) {
      if (!mark) return line;
      fence = mark;
      return '';
    }
    if (mark && mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) fence = null;
    return '';
  });
  // A code span ends at the next run of as many backticks, within its paragraph.
  return outside.join('\n').replace(/(?<!`)(`+)(?!`)([\s\S]*?)(?<!`)\1(?!`)/g, (span, _ticks, body: string) =>
    /\n\s*\n/.test(body) ? span : span.replace(/[^\n]/g, ' '),
  );
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

const INLINE = /!?\[(?:[^[\]]|\[[^[\]]*\])*\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm;
const AUTOLINK = /<([a-z][a-z0-9+.-]*:[^\s<>]*|[^\s<>@]+@[^\s<>]+\.[^\s<>]+)>/gi;
const HTML_ATTRIBUTE = /<(?:a|img|source)\b[^>]*?\s(?:href|src)\s*=\s*["']([^"']*)["']/gi;

/** Every link and image target of a file's prose: inline, reference definitions, autolinks and HTML. */
export function linksOf(prose: string): FoundLink[] {
  return [INLINE, DEFINITION, AUTOLINK, HTML_ATTRIBUTE]
    .flatMap((pattern) => [...prose.matchAll(pattern)].map((m) => ({ line: lineAt(prose, m.index), target: m[1]!.replace(/^<(.*)>$/, '$1') })))
    .sort((a, b) => a.line - b.line);
}

/** Addresses written out in prose, which a renderer turns into links to other sites. */
export function bareUrls(prose: string): FoundLink[] {
  return [...prose.matchAll(/https?:\/\/[^\s<>)\]]*[^\s<>)\].,;:!?]/gi)].map((m) => ({ line: lineAt(prose, m.index), target: m[0] }));
}

/**
 * Why a link written in the repository file `from` may not stand, or null: it must stay in
 * the repository (no scheme, no `//`, no absolute path, no `../` past the root) and name a
 * file or folder that `exists` there. A `#fragment` or `?query` after the path is not checked.
 */
export function linkProblem(target: string, from: string, exists: (path: string) => boolean): string | null {
  if (target === '') return 'an empty link';
  if (target.startsWith('#')) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1];
  if (scheme) return `a ${scheme}: address: links stay inside the repository`;
  if (target.startsWith('//')) return 'an address on another host: links stay inside the repository';
  if (target.startsWith('/')) return 'an absolute path: write it relative to the file';
  let path = target.split(/[#?]/)[0]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    return 'a malformed %-escape';
  }
  const resolved = posix.normalize(posix.join(posix.dirname(from), path)).replace(/\/$/, '');
  if (resolved === '..' || resolved.startsWith('../')) return 'a path that leaves the repository';
  return exists(resolved) ? null : `${resolved} is no file or folder of the repository`;
}

/** Problems of one Markdown file: its links and images, and bare addresses in its prose. */
export function markdownProblems(markdown: string, from: string, exists: (path: string) => boolean): LinkProblem[] {
  const prose = proseOf(markdown);
  const links = linksOf(prose).flatMap((link) => {
    const reason = linkProblem(link.target, from, exists);
    return reason ? [{ ...link, reason }] : [];
  });
  const bare = bareUrls(prose).map((url) => ({ ...url, reason: 'an address to another site: put an example in `code`, or leave it out' }));
  return [...links, ...bare].sort((a, b) => a.line - b.line);
}

/**
 * The files and folders of the repository as a clone would have them: what git tracks or would
 * track (untracked files it does not ignore), still present in the working tree; `.` is the root.
 */
export function repositoryPaths(root: string): Set<string> {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed in ${root}: ${listed.stderr || listed.error?.message}`);
  const paths = new Set<string>(['.']);
  for (const file of listed.stdout.split('\0').filter((f) => f !== '' && existsSync(posix.join(root, f)))) {
    const parts = file.split('/');
    for (let i = 1; i <= parts.length; i++) paths.add(parts.slice(0, i).join('/'));
  }
  return paths;
}
