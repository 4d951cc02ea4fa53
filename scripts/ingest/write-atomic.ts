import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces the folder `dir` with exactly `files`. Everything is written to a sibling
 * folder first and swapped in with renames, so a failure part-way leaves the previous
 * content as it was.
 */
export function replaceFolder(dir: string, files: ReadonlyMap<string, string>): void {
  const parent = dirname(dir);
  const staging = join(parent, `.${basename(dir)}.staging-${process.pid}`);
  const retired = join(parent, `.${basename(dir)}.retired-${process.pid}`);
  mkdirSync(parent, { recursive: true });
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    for (const [name, content] of files) writeFileSync(join(staging, name), content);
    rmSync(retired, { recursive: true, force: true });
    try {
      renameSync(dir, retired);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    renameSync(staging, dir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(retired, { recursive: true, force: true });
  }
}
