import { InputError } from './input-error.ts';

/** Ends a stage on bad input with its `file:line` message and a non-zero exit; other errors propagate. */
export function reportFailure(stage: string, error: unknown, kept: string): void {
  if (!(error instanceof InputError)) throw error;
  console.error(`${stage} failed: ${error.message}`);
  console.error(`the previous ${kept} was left as it was`);
  process.exitCode = 1;
}
