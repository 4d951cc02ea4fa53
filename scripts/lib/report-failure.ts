import { InputError } from './input-error.ts';

// What a failed system call means for whoever runs the build, and what to do about it.
const SYSTEM_ERRORS: Record<string, [string, string]> = {
  ENOSPC: ['the disk is full', 'free some space and build again'],
  EACCES: ['permission denied', 'check who owns the folder and that it may be written'],
  EPERM: ['the operation is not permitted', 'check who owns the folder and that it may be written'],
  EISDIR: ['is a folder where a file was expected', 'move the folder away'],
  ENOTDIR: ['is a file where a folder was expected', 'move the file away'],
  EXDEV: ['is on another disk than the build folder', 'keep dist/ and its builds folder on one disk'],
  ENOENT: ['is missing', 'check the path'],
  EMFILE: ['too many files are open', 'close other programs or raise the limit (ulimit -n) and build again'],
  EROFS: ['is on a read-only disk', 'build on a disk that can be written'],
};

/** One line saying where, what went wrong and what to do: `file:line: message: advice`. */
export function failureLine(stage: string, error: unknown): string {
  if (error instanceof InputError) return error.message;
  const err = error as NodeJS.ErrnoException;
  const known = err?.code ? SYSTEM_ERRORS[err.code] : undefined;
  if (known) return `${err.path ?? stage}: ${known[0]}: ${known[1]}`;
  const what = String(err?.message ?? error).split('\n')[0];
  return `${stage}: ${what}: run it again with --debug to see where it failed`;
}

/** A failure a stage's own process has already reported on its standard error, which the build shares. */
export class ReportedFailure extends Error {}

/**
 * Ends a stage on failure: one line on standard error (the stack trace only with
 * `--debug`) and a non-zero exit; what the stage had published before stays as it was.
 */
export function reportFailure(stage: string, error: unknown): void {
  process.exitCode = 1;
  if (error instanceof ReportedFailure) return;
  console.error(failureLine(stage, error));
  if (process.argv.includes('--debug')) console.error(error);
}
