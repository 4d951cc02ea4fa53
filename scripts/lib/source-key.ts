import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A hash of the code a stage runs and the files it reads besides its input: every TypeScript
 * file under `folders`, the `files` (the lock file stands for the libraries), and the Node that
 * runs it. Hashed, not versioned by hand: a changed rule can never be served from a cache
 * written before it.
 */
export function sourceKey(folders: string[], files: string[], root = process.cwd()): string {
  const hash = createHash('sha256').update(process.version);
  const sources = folders.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(root, dir, f)),
  );
  for (const file of [...sources.sort(), ...files.map((f) => resolve(root, f))]) {
    hash.update(`\0${file}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
}
