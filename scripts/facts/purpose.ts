import { findWords } from './find-words.ts';

/**
 * Whether the last `word` before a figure in its clause stands in a phrase of purpose: after
 * an opener (`围绕`) and before the 等 that closes the list of purposes, with the work done
 * named after it (`围绕服务企业发展、稳定就业等中心工作组织志愿服务…3000余人`).
 * `before` is the figure's clause up to it.
 */
export function inPurpose(before: string, word: string, openers: readonly string[]): boolean {
  const at = before.lastIndexOf(word);
  if (at === -1) return false;
  const opener = findWords(before.slice(0, at), openers).at(-1);
  if (!opener) return false;
  const closes = before.indexOf('等', at + word.length);
  return closes !== -1 && !/[,;:]/u.test(before.slice(opener.end, closes));
}
