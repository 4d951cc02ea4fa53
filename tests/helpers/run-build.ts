import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npm run build`'s script with the stage folders pointed elsewhere. A collection of
 * its own (`seeds`) is built without the repository's reviews, which name the seeds' reports,
 * unless `env` gives REVIEWS_DIR.
 */
export function runBuild(dirs: { seeds?: string; content: string; dist: string }, args: string[] = [], env: Record<string, string> = {}): BuildRun {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ...(dirs.seeds ? { SEEDS_DIR: dirs.seeds, REVIEWS_DIR: join(dirs.content, 'no-reviews') } : {}),
      CONTENT_DIR: dirs.content,
      DIST_DIR: dirs.dist,
      ...env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below `dir` (following the links a build publishes through) with the SHA-256 of its bytes, by relative path. */
export function treeDigest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** The text of `<main>` of a built page, tags removed, for reading what a visitor reads. */
export function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  // The report's metadata list and a fact's details (opened on tap) are not the text a reader reads through.
  return main
    .replace(/<dl class="meta">[\s\S]*?<\/dl>/, '')
    .replace(/<span popover[\s\S]*?<\/span><\/mark>/g, '</mark>')
    .replace(/<[^>]+>/g, '');
}
