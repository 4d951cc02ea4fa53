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
// `(市总工会宣教部供稿)`: who supplied the text.
const SUPPLIED_BY = /^\(\s*(.{2,30}?)\s*供稿\s*\)$/u;
// `本报讯(记者 林晓峰 通讯员 陈思琪)` opening a news item's first paragraph.
const REPORTERS = `\\(((?:(?:记者|通讯员|实习生)\\s*${NAMES}\\s*)+)\\)`;
const DATELINE = new RegExp(`^(?:(?:本报讯|本台讯|本网讯|本刊讯)\\s*(?:${REPORTERS})?|[\\p{Script=Han}]{2,8}讯\\s*${REPORTERS})\\s*`, 'u');
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
  const byline = line.length <= 40 ? execReading(BYLINE, line) : null;
  if (byline) {
    credits.byline = line;
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

/** Strips a news item's dateline (`本报讯(记者 林晓峰)`) off its first paragraph, its reporters into `credits`. */
export function takeDateline(paragraph: string, credits: Credits): string {
  const match = execReading(DATELINE, paragraph);
  if (!match || match[0].length === paragraph.length) return paragraph;
  const names = match[1] ?? match[2];
  if (names) credits.reporters.push(...splitNames(foldPunctuation(names).replace(/(?:记者|通讯员|实习生)\s*/gu, ' ').trim()));
  credits.byline ??= match[0].trim();
  return paragraph.slice(match[0].length);
}

/** A lone name after the last paragraph is the author's signature (forum posts, blogs). */
export function isAuthorSignature(line: string): boolean {
  return AUTHOR_SIGNATURE.test(line);
}
