import { z } from 'zod';
import { foldPunctuation } from '../../src/contracts/punctuation.ts';
import { loadWordLists } from '../lib/read-yaml.ts';
import type { Credits } from './credits.ts';

const words = z.array(z.string().min(1)).min(1);

/** content/chrome.yaml: the words that mark a line as the page's rather than the report's. */
const chromeSchema = z
  .object({
    navigation: words,
    meta: z.object({ published: words, source: words, author: words, supplier: words, editor: words, other: words }).strict(),
    controls: words,
    ends: words,
    footer: z.object({ keys: words, marks: words }).strict(),
    header: words,
    platform: words,
    media: words,
  })
  .strict();

export type ChromeVocabulary = z.infer<typeof chromeSchema>;

export function loadChrome(file: string): ChromeVocabulary {
  return loadWordLists(file, 'the page chrome vocabulary', chromeSchema);
}

/** What part of a page a line is. */
export type ChromeKind = 'media' | 'navigation' | 'menu' | 'meta' | 'controls' | 'end' | 'footer' | 'header' | 'platform' | 'latin';

/** A line as the chrome rules see it: its text and the pieces wide gaps or bars split it into. */
export interface PageLine {
  text: string;
  segments: string[];
}

// Page furniture is short; a longer line is report text whatever words it holds.
const CHROME_MAX = 160;
const BREADCRUMB = /\s*(?:>>|>|›|»|→|\/)\s*/u;
const BRACKETED = /[【\[<(](.{0,24}?)[】\]>)]/gu;
const DATE = /(\d{4})\s*(?:-|\/|\.|年)\s*(\d{1,2})\s*(?:-|\/|\.|月)\s*(\d{1,2})/u;
const DATE_LINE = /^\d{4}\s*(?:-|\/|\.|年)\s*\d{1,2}\s*(?:-|\/|\.|月)\s*\d{1,2}日?(?:\s+(?:\d{1,2}:\d{2}(?::\d{2})?|星期.|周.))*$/u;
const COUNTER = /^(?:阅读|在看|赞|点赞|分享|评论|留言|浏览|阅读量)\s*\d[\d,万w+]*$/u;
const FILE_NAME = /^\S{1,80}\.(?:jpe?g|png|gif|webp|bmp|svg|heic|mp4|mp3)$/iu;
const SENTENCE = /[。;!?]/u;
const BULLET = /^[·•▪◆◇■□●○▶►※]\s*/u;

const compiled = new WeakMap<ChromeVocabulary, { metaKey: RegExp; footerKey: RegExp; keyKind: Map<string, keyof ChromeVocabulary['meta']> }>();

/** Keys may be printed with spaces between their characters (`索 引 号`, `文　　号`). */
function spaced(word: string): string {
  return [...word].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
}

function compile(v: ChromeVocabulary) {
  let c = compiled.get(v);
  if (!c) {
    const keyKind = new Map<string, keyof ChromeVocabulary['meta']>();
    for (const kind of ['other', 'editor', 'supplier', 'author', 'source', 'published'] as const) for (const k of v.meta[kind]) keyKind.set(k, kind);
    const keys = [...keyKind.keys()].sort((a, b) => b.length - a.length).map(spaced);
    c = {
      metaKey: new RegExp(`(?:^|\\s|\\()(${keys.join('|')})\\s*:`, 'gu'),
      footerKey: new RegExp(`(?:^|\\s)(?:${v.footer.keys.map(spaced).join('|')})\\s*:`, 'u'),
      keyKind,
    };
    compiled.set(v, c);
  }
  return c;
}

/** The metadata pairs of a line (`发布时间:2025-07-08 16:32 来源:县总工会`), keys without their inner spaces. */
export function metaPairs(
  text: string,
  v: ChromeVocabulary,
): Array<{ key: string; kind: keyof ChromeVocabulary['meta']; value: string; at: number }> {
  const { metaKey, keyKind } = compile(v);
  const hits = [...foldPunctuation(text).matchAll(metaKey)];
  return hits.map((m, i) => {
    const key = m[1]!.replace(/\s+/gu, '');
    const from = m.index + m[0].length;
    const to = hits[i + 1]?.index ?? text.length;
    const value = text.slice(from, to).replace(/^[\s:：]+|[\s)）]+$/gu, '');
    return { key, kind: keyKind.get(key)!, value, at: m.index + m[0].indexOf(m[1]!) };
  });
}

const isControl = (token: string, v: ChromeVocabulary) => v.controls.includes(token) || /^(?:字体|字号)/u.test(token);

/** Every piece of the line, brackets and separators aside, is a page control (`【字体：大 中 小】　【打印】　【关闭】`). */
function onlyControls(text: string, v: ChromeVocabulary): boolean {
  const tokens = text
    .replace(BRACKETED, ' $1 ')
    .split(/[\s|·/:,、]+/u)
    .filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => isControl(t, v));
}

const startsWithAny = (text: string, list: string[]) => list.some((w) => text.startsWith(w));
const holdsAny = (text: string, list: string[]) => list.some((w) => text.includes(w));

/**
 * What page furniture a line is, or null for report text. Each kind is a shape with its
 * words (content/chrome.yaml); the page around an article is found from these by `stripChrome`.
 */
export function chromeKind(line: PageLine, v: ChromeVocabulary): ChromeKind | null {
  const text = foldPunctuation(line.text).trim();
  if (text.length > CHROME_MAX) return null;
  const bare = text.replace(/^[\s<《\[【(]+|[\s>》\]】)]+$/gu, '');
  if (v.media.includes(bare.toLowerCase()) || v.media.includes(bare) || FILE_NAME.test(text)) return 'media';
  if (bare !== text && /(?:资料图|配图|图片来源)/u.test(bare) && bare.length <= 20) return 'media';
  const opening = text.replace(/^[\s<《\[【(·•]+/u, '');
  if (startsWithAny(opening, v.ends)) return 'end';
  if (onlyControls(text, v)) return 'controls';
  if (!/\p{Script=Han}/u.test(text) && /[A-Za-z]{3}/u.test(text)) return holdsAny(text, v.footer.marks) ? 'footer' : 'latin';
  if (startsWithAny(text, v.navigation) && !SENTENCE.test(text)) return 'navigation';
  const crumbs = text.split(BREADCRUMB);
  const isCrumb = (c: string) => c.length > 0 && c.length <= 16 && !/[<=(){}]/u.test(c);
  if (crumbs.length >= 3 && crumbs.every(isCrumb) && crumbs.filter((c) => /\p{Script=Han}/u.test(c)).length >= 2 && !SENTENCE.test(text)) {
    return 'navigation';
  }
  if (holdsAny(text, v.footer.marks)) return 'footer';
  if (compile(v).footerKey.test(text) && !text.endsWith('。')) return 'footer';
  if (COUNTER.test(text) || startsWithAny(text, v.platform) || /^原创\s/u.test(text)) return 'platform';
  const pairs = metaPairs(text, v);
  if (pairs.length > 0 && !text.endsWith('。') && (pairs.length >= 2 || pairs[0]!.at <= 1)) return 'meta';
  if (DATE_LINE.test(text) || (DATE.test(text) && pairs.length > 0 && text.search(DATE) === 0)) return 'meta';
  if (/^(?:发表于|发布于)\s/u.test(text)) return 'meta';
  if (holdsAny(text, v.header) && text.length <= 60 && !text.includes('。')) return 'header';
  if (line.segments.length >= 3 && line.segments.every((s) => s.length <= 10) && line.segments.some((s) => v.navigation.includes(s) || v.footer.marks.includes(s))) {
    return 'menu';
  }
  return null;
}

/** A line that opens the report's text: a sentence, not a title or a heading. */
function opensText(text: string): boolean {
  const folded = foldPunctuation(text);
  return folded.includes('。') || (folded.length >= 40 && /[,;]/u.test(folded));
}

/** `2025-07-08 16:32`, `2025年12月30日` → `2025-07-08`. */
function isoDate(value: string): string | null {
  const m = DATE.exec(foldPunctuation(value));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
}

const NAME = /^[\p{Script=Han}·]{2,5}$/u;

/** What a metadata line says of the report, into its credits. */
function harvest(text: string, v: ChromeVocabulary, credits: Credits): void {
  const wechat = /^原创\s+(\S+)\s+(\S+)\s+(.*)$/u.exec(foldPunctuation(text));
  if (wechat) {
    if (NAME.test(wechat[1]!)) credits.author ??= wechat[1]!;
    credits.publisher ??= wechat[2]!;
    credits.published ??= isoDate(wechat[3]!);
    return;
  }
  for (const { key, kind, value } of metaPairs(text, v)) {
    if (value === '') continue;
    if (kind === 'published') credits.published ??= isoDate(value);
    else if (kind === 'source') credits.source ??= value;
    else if (kind === 'author') credits.author ??= value;
    else if (kind === 'supplier') credits.byline ??= `${value}供稿`;
    else if (kind === 'editor') for (const name of value.split(/[\s、,]+/u).filter((n) => NAME.test(n))) credits.staff.push({ role: key, name });
  }
  if (credits.published === null && foldPunctuation(text).trim().search(DATE) === 0) credits.published = isoDate(text);
}

/**
 * The lines of the report once the page around it is gone. Above the last navigation line
 * before the article (breadcrumb, menu, header bar, link list) everything is the page's;
 * from the first end-of-article line after it begins (上一篇, 相关新闻, 写留言…), likewise;
 * in between, lines of chrome are dropped where they stand. Metadata lines say what they
 * know into `credits`.
 */
export function stripChrome<T extends PageLine>(lines: T[], v: ChromeVocabulary, credits: Credits): T[] {
  const kinds = lines.map((l) => chromeKind(l, v));
  const bodyStart = lines.findIndex((l, i) => kinds[i] === null && opensText(l.text));
  const head = bodyStart === -1 ? lines.length : bodyStart;
  let cut = -1;
  for (let i = 0; i < head; i++) {
    // Header bars and login prompts may follow the title (forums); navigation comes above it.
    const navigating = kinds[i] === 'navigation' || kinds[i] === 'menu' || kinds[i] === 'latin' || kinds[i] === 'end';
    if (navigating || BULLET.test(lines[i]!.text)) cut = i;
  }
  let end = lines.length;
  for (let i = Math.max(head, 0); i < lines.length; i++) {
    if (kinds[i] === 'end') {
      end = i;
      break;
    }
  }
  const kept: T[] = [];
  lines.forEach((line, i) => {
    const kind = kinds[i];
    if (kind === 'meta' || kind === 'platform') harvest(line.text, v, credits);
    if (i <= cut || i >= end || kind !== null) return;
    kept.push(line);
  });
  return kept;
}
