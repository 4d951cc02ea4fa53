import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/downloads/csv.ts';

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends and RFC 4180 quoting', () => {
    expect(toCsv(['a', 'b'], [['追回欠薪,共计', '说“好”'], [1.5, null]])).toBe('\ufeffa,b\r\n"追回欠薪,共计",说“好”\r\n1.5,\r\n');
    expect(toCsv(['q'], [['He said "hi"']])).toBe('\ufeffq\r\n"He said ""hi"""\r\n');
  });

  it('keeps text that a spreadsheet would run as a formula as text, a leading minus and digit included', () => {
    expect(toCsv(['x'], [['=HYPERLINK("x")'], ['@SUM(1)'], ['-5%'], ['+1'], ['\t=1'], [-5]])).toBe(
      '\ufeffx\r\n"\'=HYPERLINK(""x"")"\r\n\'@SUM(1)\r\n\'-5%\r\n\'+1\r\n\'\t=1\r\n-5\r\n',
    );
    const attacks = ["-1+1+cmd|' /C calc'!A0", '-1+WEBSERVICE("http://x")'];
    for (const line of toCsv(['x'], attacks.map((a) => [a])).split('\r\n').slice(1, -1)) expect(line).toMatch(/^"?'/);
  });

  it('keeps a formula behind spaces, or in full-width signs, as text', () => {
    const attacks = [' =1+1', '   -1+cmd', '\u3000@SUM(1)', '＝HYPERLINK("x")', ' ＋1'];
    for (const line of toCsv(['x'], attacks.map((a) => [a])).split('\r\n').slice(1, -1)) expect(line).toMatch(/^"?'/);
    expect(toCsv(['x'], [['会员 =1'], ['减少-5%']])).toBe('\ufeffx\r\n会员 =1\r\n减少-5%\r\n');
  });
});
