import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURE = 'tests/fixtures/hostile/seeds';
/** A report body of at least this many bytes: larger than any real report by two orders. */
export const HOSTILE_BYTES = 5 * 1024 * 1024;

/** `i` in letters (a, b, … z, ba, …): a mark that holds no figure. */
function letters(i: number): string {
  return [...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
}

/**
 * The hostile fixture copied to `dir`, its report grown past 5 MB with real seed
 * paragraphs between more markup, script and control characters, so the size never
 * sits in the repository. Each hostile line carries Chinese words: a line of bare Latin
 * is page furniture and is dropped before it could render.
 */
export function writeHostileSeeds(dir: string): void {
  cpSync(FIXTURE, dir, { recursive: true });
  const report = join(dir, 'hostile.txt');
  const paragraphs = readFileSync('seeds/002_d2381ee6961345c2.txt', 'utf8').split(/\n+/).filter((p) => p.length > 40);
  const hostile = [
    '<div onmouseover="alert(2)" onclick=alert(3)>事件属性</div>',
    '<a href="javascript:alert(4)">脚本链接</a> <svg onload=alert(5)>',
    '控制字符\u0001\u0002\u0007\u001b[31m红\u001b[0m\u007f\u202e反向\u202c结束。',
    '花括号{alert(6)} {`${alert(7)}`} <Fact id="x" /> <style>body{display:none}</style>样式',
  ];
  let size = readFileSync(report).length;
  const chunk: string[] = [];
  for (let i = 0; size < HOSTILE_BYTES; i++) {
    // Each copy marked apart: the cleaning drops a line repeated from elsewhere on the page.
    const copy = `（副本${letters(i)}）`;
    const line = `\n\n${paragraphs[i % paragraphs.length]}${copy}\n\n${hostile[i % hostile.length]}${copy}`;
    chunk.push(line);
    size += Buffer.byteLength(line);
  }
  appendFileSync(report, chunk.join(''));
}
