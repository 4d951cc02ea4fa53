import { execReading, foldPunctuation } from '../../src/contracts/punctuation.ts';

/** Who wrote, edited and published a report: kept as metadata, never in the body. */
export interface Credits {
  /** The byline as printed, e.g. `本报记者 徐顺凯`, `鹿泉区总工会供稿`. */
  byline: string | null;
  publisher: string | null;
  reporters: string[];
  author: string | null;
  /** The `来源:` line's value. */
  source: string | null;
  /** The date the page gives for the report (`发布时间:2025-07-08`), YYYY-MM-DD. */
  published: string | null;
  /** The date the report signs at its end (`2023年1月8日`), YYYY-MM-DD, or YYYY-MM where it gives no day. */
  written: string | null;
  /** Editorial roles from credit blocks (`监制丨李小燕`). */
  staff: Array<{ role: string; name: string }>;
}

export function emptyCredits(): Credits {
  return { byline: null, publisher: null, reporters: [], author: null, source: null, published: null, written: null, staff: [] };
}

const NAME = '[\\p{Script=Han}·]{2,5}';
const NAMES = `${NAME}(?:[ 、,]+${NAME})*`;
const STAFF_ROLE =
  '监制|审核|审校|责编|责任编辑|编辑|校对|初审|二审|三审|复审|终审|美编|排版|设计|撰稿|统筹|策划|主编|出品人?|制作';

const STAFF_LINE = new RegExp(`^(${STAFF_ROLE})\\s*[丨|:/]\\s*(${NAMES})$`, 'u');
const SOURCE_LINE = /^(?:来源|稿件来源|信息来源|文章来源|转自|转载自)\s*:\s*(.{1,60})$/u;
const BYLINE = new RegExp(`^(.{0,20}?)(?:记者|通讯员|特约撰稿人?)\\s*:?\\s*(${NAMES})$`, 'u');
const TRAILING_CREDIT = new RegExp(
  `\\s*\\(\\s*((?:(?:记者|通讯员|作者|文|图|摄影?|文/图|供稿)\\s*:?\\s*${NAMES}\\s*)+)\\)?\\s*$`,
  'u',
);
const AUTHOR_SIGNATURE = new RegExp(`^${NAME}$`, 'u');
// `(某某 摄)`, `记者 某某 摄影`, `图/某某`: who took the photograph, on a line of its own.
const PHOTO_CREDIT = new RegExp(`^\\(?\\s*(?:(?:本报|本网)?记者|通讯员)?\\s*(${NAMES})\\s*摄影?\\s*\\)?$|^(?:摄影|图)\\s*[:/]\\s*(${NAMES})$`, 'u');
// `(市总工会宣教部供稿)`: who supplied the text.
const SUPPLIED_BY = /^\(\s*(.{2,30}?)\s*供稿\s*\)$/u;
// `本报讯(记者 林晓峰 通讯员 陈思琪)` opening a news item's first paragraph.
const REPORTERS = `\\(((?:(?:记者|通讯员|实习生)\\s*${NAMES}\\s*)+)\\)`;
const DATELINE = new RegExp(`^(?:(?:本报讯|本台讯|本网讯|本刊讯)\\s*(?:${REPORTERS})?|[\\p{Script=Han}]{2,8}讯\\s*${REPORTERS})\\s*`, 'u');
// A news site's dateline that names its outlet and day (`某某网3月2日讯`, `某地3月2日电`), what it
// repeats (`据某报报道`) and who reported, bracketed or not (`记者某某 通讯员某某报道`).
const ROLE = '(?:记者|通讯员|通信员|实习生|特约记者)';
const OUTLET_DATELINE = new RegExp(
  `^(?:[\\p{Script=Han}]{1,12}(?:网|报|台|社|刊|新闻|频道)(?:\\d{1,2}月\\d{1,2}日)?讯|[\\p{Script=Han}]{2,12}\\d{1,2}月\\d{1,2}日(?:电|讯))` +
    `\\s*(?:据[^,。()]{2,16}?报道\\s*[,:]?\\s*)?(?:\\(([^()]{0,40}?${ROLE}[^()]{2,30})\\)|((?:${ROLE}\\s*[\\p{Script=Han}]{2,5}\\s*)+)报道)?\\s*[,:]?\\s*`,
  'u',
);
const HOUSE_PUBLISHER = /^(?:本报|本台|本刊|本网|本站)$/u;

function splitNames(names: string): string[] {
  return foldPunctuation(names).split(/[ 、,]+/u).filter(Boolean);
}

/**
 * Takes a standalone credit line (editor roles, `来源:`, a byline) into `credits`.
 * Returns true when the line was a credit and so is not part of the body.
 */
export function takeCreditLine(line: string, credits: Credits): boolean {
  const staff = execReading(STAFF_LINE, line);
  if (staff) {
    for (const name of splitNames(staff[2]!)) credits.staff.push({ role: staff[1]!, name });
    return true;
  }
  const photo = execReading(PHOTO_CREDIT, line);
  if (photo) {
    for (const name of splitNames(photo[1] ?? photo[2]!)) credits.staff.push({ role: '摄影', name });
    return true;
  }
  const supplied = execReading(SUPPLIED_BY, line);
  if (supplied) {
    credits.byline ??= `${supplied[1]}供稿`;
    return true;
  }
  const source = execReading(SOURCE_LINE, line);
  if (source) {
    credits.source = source[1]!.trim();
    return true;
  }
  // A byline may stand in brackets on its own line (`(某县融媒体中心记者 某某 某某)`).
  const inBrackets = /^[(（](.+)[)）]$/u.exec(line.trim());
  const bylineText = inBrackets ? inBrackets[1]!.trim() : line;
  const byline = bylineText.length <= 40 ? execReading(BYLINE, bylineText) : null;
  if (byline) {
    credits.byline = bylineText;
    const publisher = byline[1]!.replace(/[/|｜\s]+$/u, '').trim();
    if (publisher && !HOUSE_PUBLISHER.test(publisher)) credits.publisher = publisher;
    credits.reporters.push(...splitNames(byline[2]!));
    return true;
  }
  return false;
}

/** Strips a closing reporter credit such as `(通讯员 任温馨)` off the end of a paragraph. */
export function takeTrailingCredit(paragraph: string, credits: Credits): string {
  const match = execReading(TRAILING_CREDIT, paragraph);
  if (!match) return paragraph;
  const names = foldPunctuation(match[1]!).replace(/(?:记者|通讯员|作者|文\/图|文|图|摄影?|供稿)\s*:?/gu, ' ');
  credits.reporters.push(...splitNames(names.trim()));
  credits.byline ??= match[0].trim().replace(/^[(（]|[)）]$/gu, '');
  return paragraph.slice(0, match.index);
}

/** The reporters a dateline names: the names after each role word (`甘肃日报记者 薛砚 马小龙`). */
function reporterNames(text: string): string[] {
  const folded = foldPunctuation(text);
  const first = folded.search(new RegExp(ROLE, 'u'));
  if (first === -1) return [];
  return folded
    .slice(first)
    .replace(new RegExp(ROLE, 'gu'), ' ')
    .split(/[ 、,·]+/u)
    .filter((n) => /^[\p{Script=Han}]{2,4}$/u.test(n));
}

/** Strips a news item's dateline (`本报讯(记者 林晓峰)`, `某某网3月2日讯 据某报报道,`) off its first paragraph, its reporters into `credits`. */
export function takeDateline(paragraph: string, credits: Credits): string {
  const outlet = execReading(OUTLET_DATELINE, paragraph);
  if (outlet && outlet[0].length < paragraph.length && execReading(DATELINE, paragraph) === null) {
    credits.reporters.push(...reporterNames(outlet[1] ?? outlet[2] ?? ''));
    credits.byline ??= outlet[0].trim();
    return paragraph.slice(outlet[0].length);
  }
  const match = execReading(DATELINE, paragraph);
  if (!match || match[0].length === paragraph.length) return paragraph;
  const names = match[1] ?? match[2];
  if (names) credits.reporters.push(...splitNames(foldPunctuation(names).replace(/(?:记者|通讯员|实习生)\s*/gu, ' ').trim()));
  credits.byline ??= match[0].trim();
  return paragraph.slice(match[0].length);
}

// A name ending so is an office, a site or a link, never a person signing.
const NOT_A_PERSON = /[会组部局委室网站页厅处科队办院所校司团社馆报台厂街镇乡村区县市省我们明图]$/u;

/** A lone name after the last paragraph is the author's signature (forum posts, blogs). */
export function isAuthorSignature(line: string): boolean {
  return AUTHOR_SIGNATURE.test(line) && !NOT_A_PERSON.test(line);
}

const CLOSING_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/u;

/** `2017年11月`, `2023年1月8日` → `2017-11`, `2023-01-08`. */
function closingDate(text: string): string | null {
  const m = CLOSING_DATE.exec(foldPunctuation(text).trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  const month = `${m[1]}-${m[2]!.padStart(2, '0')}`;
  return m[3] ? `${month}-${m[3].padStart(2, '0')}` : month;
}

/**
 * Takes a report's closing lines into `credits`: the date it was written (`2017年11月`), the
 * office that signs it (ending in one of `signers`, `某镇总工会`) and a person's signature.
 * Returns how many lines at the end they took.
 */
export function takeClosing(lines: Array<{ text: string }>, credits: Credits, signers: string[]): number {
  const isSigner = (text: string) => text.length <= 24 && !/[。,;:!?]/u.test(text) && signers.some((w) => text.endsWith(w));
  const last = foldPunctuation(lines.at(-1)?.text ?? '').trim();
  const before = foldPunctuation(lines.at(-2)?.text ?? '').trim();
  if (lines.length < 2) return 0;
  const signed = /^(.+?)\s+(\d{4}\s*年.*)$/u.exec(last);
  if (signed && isSigner(signed[1]!) && closingDate(signed[2]!) !== null) {
    credits.written ??= closingDate(signed[2]!);
    credits.author ??= signed[1]!;
    return 1;
  }
  const date = closingDate(last);
  // An office's name alone may be a paragraph cut short; with the date under it, it signs.
  if (date !== null) {
    credits.written ??= date;
    if (lines.length > 2 && isSigner(before)) {
      credits.author ??= before;
      return 2;
    }
    return 1;
  }
  // The date may have gone already as a line of the page's metadata.
  if (credits.written !== null && isSigner(last)) {
    credits.author ??= last;
    return 1;
  }
  if (isAuthorSignature(last)) {
    credits.author = last;
    return 1;
  }
  return 0;
}
