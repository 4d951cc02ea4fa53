import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A sibling folder of `dir` for building its next version, emptied and created. */
export function stagingFolder(dir: string): string {
  const staging = join(dirname(dir), `.${basename(dir)}.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return staging;
}

/**
 * Puts `staging` in the place of `dir` with two renames, so readers of `dir` only ever
 * see the old or the new version, and a failure before this call leaves the old one.
 */
export function swapFolder(staging: string, dir: string): void {
  const retired = join(dirname(dir), `.${basename(dir)}.retired-${process.pid}`);
  rmSync(retired, { recursive: true, force: true });
  try {
    renameSync(dir, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  renameSync(staging, dir);
  rmSync(retired, { recursive: true, force: true });
}

/**
 * Replaces each folder with exactly its files. Everything is written before the first
 * swap, so a failure while writing leaves every folder as it was.
 */
export function replaceFolders(folders: ReadonlyArray<{ dir: string; files: ReadonlyMap<string, string> }>): void {
  const staged = folders.map(({ dir, files }) => ({ dir, staging: stagingFolder(dir), files }));
  try {
    for (const { staging, files } of staged) {
      for (const [name, content] of files) writeFileSync(join(staging, name), content);
    }
    for (const { staging, dir } of staged) swapFolder(staging, dir);
  } finally {
    for (const { staging } of staged) rmSync(staging, { recursive: true, force: true });
  }
}
