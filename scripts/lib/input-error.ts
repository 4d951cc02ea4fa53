/**
 * An error in the pipeline's input, reported on one line as `file:line: what went wrong`,
 * followed by `: what to do` where that is not plain from the message, so the reader can
 * go straight to it.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, message: string, advice?: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${message}${advice ? `: ${advice}` : ''}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
  }
}
