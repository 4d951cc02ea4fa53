import { expect } from 'vitest';
import { chromeKind, type ChromeVocabulary } from '../../scripts/ingest/chrome.ts';
import type { CleanReport } from '../../scripts/ingest/clean.ts';
import { foldPunctuation } from '../../src/contracts/punctuation.ts';

// Words that only the page around a report prints: none may stay in its text or title.
const FURNITURE = ['原标题', '更多>', '版权所有', '责任编辑', '本版导航', '最佳答案', '选择其他日期', '指导单位', '建设单位', 'Page '];
// An essay site's wrapping: the copy's text may mask its years, its title may not.
const TITLE_WRAPPING = ['范文', '20xx', '【三篇】'];
const CLOSED = /[。!?;…”’」』)】\]]$/u;

/**
 * What every cleaned page must hold, whatever site it came from: a title that is no label,
 * date or marker; no line of furniture left as text; no heading after the text ends; a last
 * paragraph that ends a sentence or is marked cut short; an author that is a person or an
 * office, never a link or a fragment.
 */
export function expectCleanPage(report: CleanReport, chrome: ChromeVocabulary): void {
  const texts = report.blocks.map((b) => foldPunctuation(b.text));
  if (report.title !== null) {
    const title = foldPunctuation(report.title);
    expect(chrome.labels, `title ${title}`).not.toContain(title);
    expect(chromeKind({ text: title, segments: [title] }, chrome), `title ${title}`).toBeNull();
    expect(title, 'a title is no date line').not.toMatch(/^\d{4}\s*[-年]/u);
    for (const word of [...FURNITURE, ...TITLE_WRAPPING]) expect(title).not.toContain(word);
  }
  for (const line of [report.kicker, report.subtitle]) if (line !== null) expect(chromeKind({ text: line, segments: [line] }, chrome), `headline line ${line}`).toBeNull();
  for (const [i, text] of texts.entries()) {
    expect(chromeKind({ text, segments: [text] }, chrome), `block ${i} is page furniture: ${text.slice(0, 40)}`).toBeNull();
    for (const word of FURNITURE) expect(text, `block ${i}`).not.toContain(word);
  }
  const last = report.blocks.at(-1)!;
  expect(last.kind, `the page ends on a heading: ${last.text}`).not.toBe('heading');
  if (last.kind === 'paragraph') expect(CLOSED.test(foldPunctuation(last.text.trim())) || last.incomplete === true, `the last paragraph: ${last.text.slice(-30)}`).toBe(true);
  for (const heading of report.blocks.filter((b) => b.kind === 'heading')) {
    expect(foldPunctuation(heading.text), 'a heading is no sentence').not.toMatch(/[。;]|\d{4}[-年]\d{1,2}[-月]\d{1,2}/u);
  }
  const author = report.credits.author;
  if (author !== null) {
    expect(chrome.footer.marks.some((m) => author.includes(m)), `author ${author}`).toBe(false);
    expect(chrome.labels).not.toContain(author);
  }
}
