/** One line of a source file, numbered from 1 as an editor shows it. */
export interface SourceLine {
  n: number;
  text: string;
  /** The pieces wide gaps or bars split it into (`首页　　新闻　　工会`): a menu's items. */
  segments: string[];
  /** Whether it starts indented (`　　`): where lines are wrapped, only a paragraph's first line is. */
  indent: boolean;
}

const WIDE_GAP = /[ \t]{2,}|[\u3000\u00a0]+|\s*[|｜]\s*/u;

// Unicode spaces that copy-paste from web pages leaves behind: NBSP, the ideographic
// (full-width) space, the en/em/thin family, and zero-width characters.
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]+/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
// C0/C1 control characters other than the line breaks handled below, and the marks that
// reverse or isolate text direction (U+202E would show `abc` as `cba`): they never carry text.
const UNSAFE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// Private-use characters: what GBK user-defined characters decode to, so no font shows them as
// the source meant, and the pipeline's own marks of damaged text (src/contracts/damage.ts). Each
// becomes the replacement character, which the damage pass marks as a character the source lost.
const PRIVATE_USE = /[\ue000-\uf8ff\u{f0000}-\u{10ffff}]/gu;

/** How many control and text-direction characters `normalizeLines` will remove: the build log says. */
export function unsafeCharacters(text: string): number {
  return text.match(UNSAFE)?.length ?? 0;
}

/** Splits text into lines (LF, CRLF or CR), with spaces folded and control and direction characters removed. */
export function normalizeLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((raw, i) => {
    const clean = raw.replace(ZERO_WIDTH, '').replace(UNSAFE, '').replace(PRIVATE_USE, '\ufffd');
    return {
      n: i + 1,
      text: clean.replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim(),
      segments: clean.trim().split(WIDE_GAP).map((s) => s.trim()).filter(Boolean),
      indent: /^(?:[\u3000\t]| {2})/u.test(clean),
    };
  });
}
