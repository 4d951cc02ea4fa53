import { foldPunctuation } from '../../src/contracts/punctuation.ts';
import type { Unit } from './blocks.ts';
import { type ChromeVocabulary, opensText } from './chrome.ts';
import type { Credits } from './credits.ts';

/** The lines above a report's text once the page's own are gone, and the subtitle taken from them. */
export interface Headline {
  units: Unit[];
  /** A headline's second line (`——…`, `（副题）`), kept beside the title, never instead of it. */
  subtitle: string | null;
}

type Role = 'original' | 'main' | 'sub' | 'kicker';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SUBTITLE_DASH = /^(?:——|--|—|-)\s*/u;
const COLUMN_TAG = /^[【\[][^】\]]{1,12}[】\]]\s*/u;
// People named under a headline (`甘正东 万佳`): two or three characters each, spaced.
const NAMES_LINE = /^[\p{Script=Han}]{2,3}(?:\s+[\p{Script=Han}]{2,3}){1,3}$/u;
const MASKED_YEAR = /20[xX×＊*]{2}\s*(?:年度?|-|—)?/gu;

const ROLES = ['original', 'main', 'sub', 'kicker'] as const;
const compiled = new WeakMap<ChromeVocabulary, { markers: Array<[Role, RegExp]>; essay: RegExp }>();

/** The vocabulary's patterns, built once. */
function patterns(v: ChromeVocabulary) {
  let p = compiled.get(v);
  if (!p) {
    const essay = v.essay.map(escape).join('|');
    p = {
      markers: ROLES.map((role) => {
        const words = v.titleMarkers[role].map(escape).join('|');
        return [role, new RegExp(`^[(\\[【]?(?:${words})[)\\]】]?\\s*:?\\s*|\\s*[(\\[【](?:${words})[)\\]】]$`, 'u')];
      }),
      essay: new RegExp(
        `[(\\[【](?:(?:${essay})\\s*)*[\\d一二三四五六七八九十]{0,3}篇?(?:${essay})?[)\\]】]|(?:(?:${essay})\\s*)*篇[一二三四五六七八九十\\d]{1,2}$|(?:${essay})+$`,
        'gu',
      ),
    };
    compiled.set(v, p);
  }
  return p;
}

/** `(主题)`, `【副题】`, `引题:` printed with a line of the headline: its role and the line without it. */
function markedRole(text: string, v: ChromeVocabulary): { role: Role; text: string } | null {
  const folded = foldPunctuation(text);
  for (const [role, marker] of patterns(v).markers) {
    const m = marker.exec(folded);
    if (m) return { role, text: (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim() };
  }
  return null;
}

/** An essay-template site's wrapping of a title (`…范文篇一`, `【三篇】`, `（精选5篇）`, `20xx年`) taken off. */
export function unwrapEssayTitle(text: string, v: ChromeVocabulary): string {
  const pieces = patterns(v).essay;
  let out = text;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(pieces, '').replace(MASKED_YEAR, '').trim();
  }
  return out === '' ? text : out;
}

const endsWithAny = (text: string, list: string[]) => list.some((w) => text.endsWith(w));

/** A short line naming a site or a channel (`人民网`, `昭阳新闻`): the page's masthead. */
function isMasthead(text: string, v: ChromeVocabulary): boolean {
  const bare = text.replace(/[\s\-—|·]/gu, '');
  return bare.length <= 8 && !/\d/u.test(bare) && endsWithAny(bare, v.sites);
}

/** A short line that is only an office's name (`通州区总工会`). */
function isOfficeName(text: string, v: ChromeVocabulary): boolean {
  const bare = text.replace(/\s+/gu, '');
  return bare.length <= 12 && /^[\p{Script=Han}]+$/u.test(bare) && endsWithAny(bare, v.signers);
}

/** A first line that ends in the kind of document it is (`…工作总结`, `…情况的报告`). */
export function namesDocumentKind(text: string, v: ChromeVocabulary): boolean {
  return endsWithAny(foldPunctuation(text).replace(/[\s)）]+$/u, ''), v.documentKinds);
}

/**
 * PDF text may run the title into the first paragraph with the page number before it
 * (`1某县总工会2015年工作总结县委:…`): a union's name or a year, then a document's kind, then
 * text. The title is split off as its own line.
 */
function titleInText(unit: Unit, v: ChromeVocabulary): Unit[] {
  const kinds = v.documentKinds.filter((k) => k.length >= 2).map(escape).join('|');
  const m = new RegExp(`^(\\d{1,3})?([^\\s,.;:!?。,;:!?“”]{6,40}(?:${kinds}))(?=\\p{Script=Han})`, 'u').exec(foldPunctuation(unit.text));
  // A count in it (`选派42名…`) makes it a sentence: a title gives a year, if any number.
  const counted = m !== null && /\d/u.test(m[2]!.replace(/\d{4}\s*年度?/gu, ''));
  if (!m || counted || !/工会|\d{4}年/u.test(m[2]!) || unit.text.length - m[0].length < 20) return [unit];
  const cut = (s: string) => [s.slice((m[1] ?? '').length, m[0].length), s.slice(m[0].length)] as const;
  const [title, rest] = cut(unit.text);
  const [originalTitle, originalRest] = unit.original.length === unit.text.length ? cut(unit.original) : [title, unit.original];
  return [
    { ...unit, text: title, original: originalTitle },
    { ...unit, text: rest, original: originalRest },
  ];
}

/**
 * Reads the lines above the text: drops the page's markers (`原标题:…`), mastheads and
 * labels a site prints there, takes names printed under the headline into `credits`,
 * unwraps an essay site's title, and takes a subtitle out, so that the title is the first
 * line that reads as one.
 */
export function readHeadline(units: Unit[], v: ChromeVocabulary, credits: Credits): Headline {
  const first = units.findIndex((u) => opensText(u.text));
  const headEnd = first === -1 ? 0 : first;
  if (headEnd === 0) {
    return { units: units.length > 0 ? [...titleInText(units[0]!, v), ...units.slice(1)] : units, subtitle: null };
  }
  const head: Array<Unit & { role: Role | null }> = [];
  for (const unit of units.slice(0, headEnd)) {
    const marked = markedRole(unit.text, v);
    if (marked?.role === 'original') continue;
    if (head.length > 0 && NAMES_LINE.test(unit.text)) {
      credits.author ??= unit.text;
      continue;
    }
    // A line printed twice above the text (a yearbook entry's name over its meta line) is kept once.
    if (head.some((h) => h.text === unit.text)) continue;
    const text = unwrapEssayTitle(marked ? marked.text : unit.text, v);
    const original = text === unit.text ? unit.original : unwrapEssayTitle(marked ? (markedRole(unit.original, v)?.text ?? unit.original) : unit.original, v);
    head.push({ ...unit, text, original, role: marked?.role ?? null });
  }
  while (head.length > 1 && head[0]!.role === null && isMasthead(head[0]!.text, v)) head.shift();
  // A bare office's name (`某区总工会`) heads a yearbook entry or a site's column: no title.
  if (head.length === 1 && isOfficeName(head[0]!.text, v)) head.shift();
  let subtitle: string | null = null;
  const subAt = head.findIndex(
    (u, i) => i > 0 && (u.role === 'sub' || SUBTITLE_DASH.test(u.text) || (COLUMN_TAG.test(u.text) && !COLUMN_TAG.test(head[i - 1]!.text) && head[i - 1]!.role !== 'kicker')),
  );
  if (subAt !== -1) {
    subtitle = head[subAt]!.text.replace(SUBTITLE_DASH, '');
    head.splice(subAt, 1);
  }
  const kept = head.map(({ role: _role, ...u }) => u);
  return { units: [...kept, ...units.slice(headEnd)], subtitle };
}
