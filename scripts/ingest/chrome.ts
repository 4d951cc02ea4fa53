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
    labels: words,
    titleMarkers: z.object({ original: words, main: words, sub: words, kicker: words }).strict(),
    essay: words,
    epaper: words,
    documentKinds: words,
    sites: words,
    signers: words,
    elided: words,
  })
  .strict();

export type ChromeVocabulary = z.infer<typeof chromeSchema>;

export function loadChrome(file: string): ChromeVocabulary {
  return loadWordLists(file, 'the page chrome vocabulary', chromeSchema);
}

/** What part of a page a line is. */
export type ChromeKind =
  | 'media'
  | 'navigation'
  | 'menu'
  | 'meta'
  | 'controls'
  | 'end'
  | 'footer'
  | 'header'
  | 'platform'
  | 'latin'
  | 'label'
  | 'page'
  | 'related'
  | 'sidebar';

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
// A channel label set off by rules or brackets (`— 新闻中心 —`, `==工会要闻==`).
const DECORATED_LABEL = /^(?:[-—–=*~·•]{1,4}\s*)([\p{Script=Han}A-Za-z ]{1,10})(?:\s*[-—–=*~·•]{1,4})$/u;
// Running heads and page marks of printed pages (`Page 12`, `P. 12`, `- 12 -`, `第 12 页`, `某市年鉴2022`).
const PAGE_MARK = /^(?:.{0,30}\b(?:Page|P\.)\s*\d{1,4}\b.{0,30}|[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页|\d{1,4}\s*\/\s*\d{1,4}|第?\s*[A-Z]?\d{1,3}\s*版\s*(?::\s*\S{1,12})?|[\p{Script=Han}]{0,12}年鉴\s*[(\[]?\d{4}[)\]]?(?:卷)?)$/u;
// A headline in a list of other articles: a bullet or dash and a date before it, or a date after it.
const DATED_HEADLINE = /^(?:[-—·•▪◆■●○>»]\s*\[?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\]?\s*\S.{3,}|\[?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\]?\p{Script=Han}.{3,}|[-—·•▪◆■●○>»]?\s*\S.{5,}?\s*[(\[]?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[)\]]?)$/u;
// A sidebar blurb or a link that opens a channel (`…更多>>`, `[更多]`).
const MORE = /更多\s*(?:>>|>|»|›|\]|】|\+)\s*$|^[\[【]?更多[\]】]?$/u;
// An e-paper's page mark (`《工人日报》(2022年09月30日 01版)`).
const EPAPER_MARK = /^《([^》]{2,16})》\s*\(\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:第?\s*[\dA-Z]{1,3}\s*版)?.{0,12}\)$/u;
const TIME_OR_DAY = /\d{1,2}:\d{2}(?::\d{2})?|星期.|周[一二三四五六日天]/gu;
const SITE_NAME = /^[\p{Script=Han}A-Za-z·-]{2,16}$/u;

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

const isControl = (token: string, v: ChromeVocabulary) => v.controls.includes(token) || /^(?:[大中小]?字体|[大中小]?字号)/u.test(token);

/** Every piece of the line, brackets and separators aside, is a page control (`【字体：大 中 小】　【打印】　【关闭】`). */
function onlyControls(text: string, v: ChromeVocabulary): boolean {
  const tokens = text
    .replace(BRACKETED, ' $1 ')
    .split(/[\s|·/:,、【】\[\]]+/u)
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
  const text = foldPunctuation(line.text).trim().replace(BULLET, '');
  const bare = text.replace(/^[\s<《\[【(]+|[\s>》\]】)]+$/gu, '');
  if (v.media.includes(bare.toLowerCase()) || v.media.includes(bare) || FILE_NAME.test(text)) return 'media';
  if (MORE.test(text)) return 'sidebar';
  if (text.length > CHROME_MAX) return null;
  if (isLabel(text, v)) return 'label';
  if (PAGE_MARK.test(text)) return 'page';
  if (EPAPER_MARK.test(text)) return 'meta';
  if (bare !== text && /(?:资料图|配图|图片来源)/u.test(bare) && bare.length <= 20) return 'media';
  const opening = text.replace(/^[\s<《\[【(·•]+/u, '');
  if (startsWithAny(opening, v.ends)) return 'end';
  if (onlyControls(text, v)) return 'controls';
  if (!/\p{Script=Han}/u.test(text) && /[A-Za-z]{3}/u.test(text)) return holdsAny(text, v.footer.marks) ? 'footer' : 'latin';
  if (startsWithAny(text, v.navigation) && !SENTENCE.test(text)) return 'navigation';
  // A trail may end on its separator (`新闻中心 > 头条 >`); two crumbs then are enough.
  const trail = /(?:>>|>|›|»|→)\s*$/u.test(text);
  const crumbs = text.replace(/\s*(?:>>|>|›|»|→)\s*$/u, '').split(BREADCRUMB);
  const isCrumb = (c: string) => c.length > 0 && c.length <= 16 && !/[<=(){}]/u.test(c);
  if ((crumbs.length >= 3 || (trail && crumbs.length === 2)) && crumbs.every(isCrumb) && crumbs.filter((c) => /\p{Script=Han}/u.test(c)).length >= 2 && !SENTENCE.test(text)) {
    return 'navigation';
  }
  if (holdsAny(text, v.footer.marks)) return 'footer';
  if (compile(v).footerKey.test(text) && !text.endsWith('。')) return 'footer';
  if (COUNTER.test(text) || startsWithAny(text, v.platform) || /^原创\s/u.test(text)) return 'platform';
  const pairs = metaPairs(text, v);
  if (pairs.length > 0 && !text.endsWith('。') && (pairs.length >= 2 || pairs[0]!.at <= 1)) return 'meta';
  if (DATE_LINE.test(text) || (DATE.test(text) && pairs.length > 0 && text.search(DATE) === 0)) return 'meta';
  if (/^(?:发表于|发布于)\s/u.test(text)) return 'meta';
  if (DATED_HEADLINE.test(text) && !SENTENCE.test(text)) return 'related';
  if (pageDatedLine(text, v) !== null) return 'meta';
  if (holdsAny(text, v.header) && text.length <= 60 && !text.includes('。')) return 'header';
  if (line.segments.length >= 3 && line.segments.every((s) => s.length <= 10) && line.segments.some((s) => v.navigation.includes(s) || v.footer.marks.includes(s))) {
    return 'menu';
  }
  return null;
}

/** A page label alone on its line (`正文`, `【详细内容】`, `— 新闻中心 —`). */
function isLabel(text: string, v: ChromeVocabulary): boolean {
  const bare = text.replace(/^[\s<《\[【(]+|[\s>》\]】):]+$/gu, '');
  if (v.labels.includes(bare)) return true;
  // Set off by rules it is a channel's name (`— 新闻中心 —`); a report's own divider (`——主要成绩——`) stays.
  const decorated = DECORATED_LABEL.exec(text)?.[1]?.trim();
  return decorated !== undefined && (v.labels.includes(decorated) || v.sites.some((w) => decorated.endsWith(w)));
}

/**
 * A short line that gives a date and little else (`2023-07-25 09:22:53 淮北新闻网`,
 * `工人日报 2022年09月30日 星期一`): the date and what stands beside it, a site or a signer.
 */
export function datedLine(source: string): { date: string; rest: string } | null {
  const text = foldPunctuation(source).trim();
  if (text.length > 48 || SENTENCE.test(text) || text.includes(',')) return null;
  const m = DATE.exec(text);
  const date = m ? isoDate(m[0]) : null;
  if (!m || date === null) return null;
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length).replace(/^\s*日/u, ''))
    .replace(TIME_OR_DAY, ' ')
    .replace(/[|/:\-—\s]+/gu, ' ')
    .trim();
  return rest.length <= 14 && (rest === '' || SITE_NAME.test(rest.replace(/\s+/gu, ''))) ? { date, rest: rest.replace(/\s+/gu, '') } : null;
}

/** A dated line of the page: the date alone, or beside a site's or a signer's name (not beside words of the report). */
function pageDatedLine(text: string, v: ChromeVocabulary): { date: string; rest: string } | null {
  const dated = datedLine(text);
  return dated && (dated.rest === '' || [...v.sites, ...v.signers].some((w) => dated.rest.endsWith(w))) ? dated : null;
}

/** The e-paper navigation run printed before a headline (`本版导航 各版导航 … 选择其他日期报纸`), taken off. */
export function withoutEpaperNavigation(text: string, v: ChromeVocabulary): string {
  const folded = foldPunctuation(text);
  if (!v.epaper.some((w) => folded.startsWith(w))) return text;
  let last = 0;
  const found = new Set<string>();
  for (const w of v.epaper) {
    const at = folded.lastIndexOf(w);
    if (at !== -1) {
      last = Math.max(last, at + w.length);
      found.add(w);
    }
  }
  // A run of the navigation's words, not a sentence that opens with one (`放大服务效应,…`).
  const run = folded.slice(0, last);
  return found.size < 2 || SENTENCE.test(run) || run.includes(',') ? text : text.slice(last).trim();
}

// Markup a copy kept from the page's source: the tail of a style attribute (`kground: rgb(255, 255, 255);">`),
// and on a document site, whose copies carry its hidden-text marks, tags too. Elsewhere a tag in the text is
// the report's own words and stays, shown as written.
const STYLE_TAIL = /(?:[a-z-]{0,24}:\s*[^;"<>\n\p{Script=Han}]{1,60};\s*)+"?>/gu;
const TAG = /<\/?[a-z][^<>\n]{0,300}>/gu;

/** The text with a document site's hidden-text marks and markup debris cut out; each cut starts a new line. */
export function withoutPageDebris(text: string, v: ChromeVocabulary): string {
  const words = v.elided.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const elided = new RegExp(`[.…]*\\s*(?:${words})\\s*\\d*\\s*个?字?\\s*[.…]*`, 'gu');
  const documentSite = elided.test(text);
  elided.lastIndex = 0;
  const cut = text.replace(elided, '\n').replace(STYLE_TAIL, '\n');
  return documentSite ? cut.replace(TAG, '\n') : cut;
}

/** A line that opens the report's text: a sentence, not a title or a heading. */
export function opensText(text: string): boolean {
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
    else if (kind === 'source') {
      const withReporters = /^(.*?)\s*\(\s*(?:记者|通讯员|作者)\s*([\p{Script=Han}·]{2,5}(?:[ 、][\p{Script=Han}·]{2,5})*)\s*\)?$/u.exec(value);
      credits.source ??= withReporters ? withReporters[1]! : value;
      if (withReporters) credits.reporters.push(...withReporters[2]!.split(/[ 、]/u));
    }
    else if (kind === 'author') credits.author ??= value;
    else if (kind === 'supplier') credits.byline ??= `${value}供稿`;
    else if (kind === 'editor') for (const name of value.split(/[\s、,]+/u).filter((n) => NAME.test(n))) credits.staff.push({ role: key, name });
  }
  if (credits.published === null && foldPunctuation(text).trim().search(DATE) === 0) credits.published = isoDate(text);
  const epaper = EPAPER_MARK.exec(foldPunctuation(text).trim());
  if (epaper) {
    credits.publisher ??= epaper[1]!;
    credits.published ??= isoDate(epaper[2]!);
  }
  const dated = metaPairs(text, v).length === 0 ? pageDatedLine(text, v) : null;
  if (dated) {
    credits.published ??= dated.date;
    if (dated.rest !== '') credits.source ??= dated.rest;
  }
}

/** The line with `change` made to its text, and to the source text beside it where the line keeps one. */
function rewrite<T extends PageLine>(line: T, change: (text: string) => string): T {
  const original = (line as { original?: unknown }).original;
  return { ...line, text: change(line.text), ...(typeof original === 'string' ? { original: change(original) } : {}) };
}

/** `（屈丽军）`: a lone name in brackets after an entry, its writer (yearbooks, bulletins). */
const CONTRIBUTOR = /^\(\s*([\p{Script=Han}·]{2,4}(?:[ 、][\p{Script=Han}·]{2,4})*)\s*\)$/u;

/**
 * A lone page number (PDF text) where a sentence ran on to the next page: the line above
 * breaks off mid-sentence and the line below goes on with it. A number over a heading is
 * the heading's marker.
 */
function isPageNumber(text: string, before: string | undefined, after: string | undefined): boolean {
  if (!/^\d{1,4}$/u.test(text) || before === undefined || after === undefined) return false;
  const [above, below] = [foldPunctuation(before), foldPunctuation(after)];
  return above.length > 20 && /[,、]/u.test(above) && !/[。!?;:”)]$/u.test(above) && /[。;,]/u.test(below);
}

const NUMBERING = /^[(第]?[一二三四五六七八九十\d]{1,3}(?:[)、.]|[部章节篇]|$)/u;

/**
 * Lines that come back on the page: running heads (short, without a sentence, three times or
 * more, or beside a page mark) go everywhere; of a longer line (a caption, a paragraph copied
 * twice) the later copies go. A short heading that repeats under several sections stays.
 */
function repeatedLines(lines: PageLine[], kinds: Array<ChromeKind | null>, from: number): Set<number> {
  const seen = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (i < from) return;
    const key = foldPunctuation(l.text).replace(/\s+/gu, '');
    if (key.length < 2) return;
    const at = seen.get(key);
    if (at) at.push(i);
    else seen.set(key, [i]);
  });
  const nearPageMark = (i: number) => [i - 1, i + 1].some((j) => kinds[j] === 'page' || /^\d{1,4}$/u.test(lines[j]?.text.trim() ?? ''));
  const drop = new Set<number>();
  for (const [key, at] of seen) {
    // Numbering repeats in every section (`01`, `一、`): it is neither a running head nor a copy.
    if (at.length < 2 || NUMBERING.test(key)) continue;
    const short = key.length <= 30 && !SENTENCE.test(key);
    if (short && (at.length >= 3 || at.some(nearPageMark))) for (const i of at) drop.add(i);
    else if (!short || key.length >= 20) for (const i of at.slice(1)) drop.add(i);
  }
  return drop;
}

// Headlines of other articles a page lists under the text, without a word that says so.
const TRAILING_HEADLINES = 3;

/**
 * How many lines at the end of the text are a list of other articles' headlines: a run of
 * three or more short lines without a sentence under a line that ends one. Fewer may be a
 * heading and the first words of a page cut short, and stay.
 */
export function trailingHeadlines(lines: Array<{ text: string }>): number {
  const isHeadline = (text: string) => {
    const folded = foldPunctuation(text).trim();
    return folded.length >= 6 && folded.length <= 40 && !/[。;!?,]/u.test(folded) && !NUMBERING.test(folded);
  };
  let run = 0;
  while (run < lines.length && isHeadline(lines[lines.length - 1 - run]!.text)) run++;
  const above = lines[lines.length - 1 - run];
  return run >= TRAILING_HEADLINES && above !== undefined && /[。!?;”]$/u.test(foldPunctuation(above.text).trim()) ? run : 0;
}

const SUMMARY_REACH = 3;

/** A search engine's summary (`最佳答案:…`, `…` at its end) that repeats a line of the page. */
function isSummary(text: string, all: string[]): boolean {
  const folded = foldPunctuation(text);
  const labelled = /^[\p{Script=Han}]{2,6}:\s*(.+)$/u.exec(folded);
  const body = (labelled ? labelled[1]! : /(?:\.{3}|…+)$/u.test(folded) ? folded : '').replace(/(?:\.{3}|…+)$/u, '').trim();
  if (body.length < 16) return false;
  const probe = body.slice(0, 24);
  return all.some((other) => other !== text && opensText(other) && foldPunctuation(other).includes(probe));
}

/**
 * The lines of the report once the page around it is gone. Above the last navigation line
 * before the article (breadcrumb, menu, header bar, link list) everything is the page's;
 * from the first end-of-article line after it begins (上一篇, 相关新闻, 写留言, a list of dated
 * headlines, the editor's line), likewise; in between, lines of chrome are dropped where they
 * stand. Metadata lines say what they know into `credits`; a date line after the text is the
 * date the report was written, a site or signer beside it its author.
 */
export function stripChrome<T extends PageLine>(input: T[], v: ChromeVocabulary, credits: Credits): T[] {
  const lines = input
    .map((l) => {
      const text = withoutEpaperNavigation(l.text, v);
      return text === l.text ? l : rewrite(l, (t) => withoutEpaperNavigation(t, v));
    })
    .filter((l) => l.text !== '');
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
    const kind = kinds[i];
    const editorLine = kind === 'meta' && metaPairs(lines[i]!.text, v).some((p) => p.kind === 'editor');
    if (kind === 'end' || kind === 'related' || editorLine) {
      end = editorLine ? i + 1 : i;
      break;
    }
  }
  const repeated = repeatedLines(lines, kinds, head);
  // Only under the last line of text does a date line sign the report.
  const lastText = lines.findLastIndex((l, i) => i < end && kinds[i] === null && opensText(l.text));
  const texts = lines.map((l) => l.text);
  const kept: T[] = [];
  lines.forEach((line, i) => {
    const kind = kinds[i];
    const dated = kind === 'meta' && i > lastText && metaPairs(line.text, v).length === 0 ? pageDatedLine(line.text, v) : null;
    if (dated) {
      credits.written ??= dated.date;
      if (dated.rest !== '' && !compile(v).footerKey.test(dated.rest)) credits.author ??= dated.rest;
    } else if (kind === 'meta' || kind === 'platform') harvest(line.text, v, credits);
    if (i <= cut || i >= end || kind !== null) return;
    // Under the headline a bracketed word is a headline's (`(草案)`); after the text, a writer's name.
    const contributor = i > head ? CONTRIBUTOR.exec(foldPunctuation(line.text)) : null;
    if (contributor) {
      for (const name of contributor[1]!.split(/[ 、]/u)) if (!credits.reporters.includes(name)) credits.reporters.push(name);
      return;
    }
    // A search engine's summary stands over the lead it repeats, at the top of the text.
    const summary = i <= head + SUMMARY_REACH && isSummary(line.text, texts);
    if (repeated.has(i) || isPageNumber(foldPunctuation(line.text), kept.at(-1)?.text, lines[i + 1]?.text) || summary) return;
    kept.push(BULLET.test(line.text) ? rewrite(line, (t) => t.replace(BULLET, '')) : line);
  });
  return kept;
}
