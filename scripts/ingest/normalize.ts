/** One line of a source file, numbered from 1 as an editor shows it. */
export interface SourceLine {
  n: number;
  text: string;
}

// Unicode spaces that copy-paste from web pages leaves behind: NBSP, the ideographic
// (full-width) space, the en/em/thin family, and zero-width characters.
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]+/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
// C0/C1 control characters other than the line breaks handled below; they never carry text.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Splits text into lines (LF, CRLF or CR), with spaces folded and control characters removed. */
export function normalizeLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((raw, i) => ({
    n: i + 1,
    text: raw.replace(ZERO_WIDTH, '').replace(CONTROLS, '').replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim(),
  }));
}
