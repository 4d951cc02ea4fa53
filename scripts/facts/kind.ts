import type { Kind } from '../../src/contracts/fact.ts';
import { findWords } from './find-words.ts';
import type { Vocabulary } from './taxonomy.ts';

/** The action class whose words hold an action word but name a person or thing (`获得者`). */
export const NOT_AN_ACTION = 'not-an-action';

/** The class of word that decided a figure's kind; null when its clause says nothing of it. */
export type KindMarker = 'period' | 'stock' | 'flow' | 'weak-stock';

export interface KindReading {
  kind: Kind;
  marker: KindMarker | null;
  /** A figure for one year of the period (每年, 年均): a per-year value already. */
  yearly: boolean;
}

/** The text before a figure that tells its kind, nearest first. */
export interface KindContext {
  /** From the previous figure of the clause (or the clause start) up to this one. */
  since: string;
  /** From the clause start up to the figure. */
  clause: string;
  /** From the last semicolon or sentence start up to the figure: the stretch a 每年 or 已建立 governs. */
  segment: string;
  /** From the measure word to the end of the figure's list item: its noun phrase and the verb after it. */
  after?: string;
}

const PRECEDENCE: KindMarker[] = ['period', 'stock', 'flow', 'weak-stock'];

const markerWords = new WeakMap<Vocabulary, { words: string[]; marker: Map<string, KindMarker | null> }>();

/**
 * Every word that tells a kind, with the kind it tells: the kind words, and the action
 * words (building, recruiting, naming is done in the period). Words that only hold an
 * action word (`获得者`) are listed to tell nothing.
 */
function markersOf(vocabulary: Vocabulary): { words: string[]; marker: Map<string, KindMarker | null> } {
  let found = markerWords.get(vocabulary);
  if (!found) {
    const { kindWords, actions } = vocabulary;
    const marker = new Map<string, KindMarker | null>();
    for (const [name, words] of Object.entries(actions)) for (const w of words) marker.set(w, name === NOT_AN_ACTION ? null : 'flow');
    const lists: Array<[KindMarker, string[]]> = [
      ['weak-stock', kindWords.weakStock],
      ['flow', kindWords.flow],
      ['stock', kindWords.stock],
      ['period', kindWords.period],
    ];
    for (const [kind, words] of lists) for (const w of words) marker.set(w, kind);
    found = { words: [...marker.keys()], marker };
    markerWords.set(vocabulary, found);
  }
  return found;
}

/** Every word that says something of a figure's kind or what was done: not what it counts. */
export function kindAndActionWords(vocabulary: Vocabulary): string[] {
  return markersOf(vocabulary).words;
}

function markerIn(text: string, vocabulary: Vocabulary): KindMarker | null {
  const { words, marker } = markersOf(vocabulary);
  const found = new Set(findWords(text, words).map((h) => marker.get(h.word)));
  return PRECEDENCE.find((m) => found.has(m)) ?? null;
}

// Words that make a clause a total of the period, which a 每年 before it does not govern.
const TOTAL = /[共总合]计|累计|^共|[,、]共/u;
// How many clause breaks may stand between a 每年 and a figure it governs.
const YEARLY_REACH = 1;

function governedByYearly(context: KindContext, yearly: string[]): boolean {
  const last = findWords(context.segment, yearly).at(-1);
  if (!last || TOTAL.test(context.clause)) return false;
  const breaks = context.segment.slice(last.end).match(/[,;:]/gu)?.length ?? 0;
  return breaks <= YEARLY_REACH;
}

// What may stand between an as-of word and the end of its date (`截至2021年底`, `截止十月底`).
const DATE = /^[\d一二三四五六七八九十〇零年月]{0,8}/u;

/**
 * Whether a figure is counted as of a date: a statement of its segment opens with one
 * (`截至2021年底`) and no word of doing or of the period comes between the date and the
 * figure, save in an attribute before 的.
 */
function asOfDate(segment: string, vocabulary: Vocabulary): boolean {
  const { from, to } = vocabulary.kindWords.asOf;
  const hit = findWords(segment, from).at(-1);
  if (!hit) return false;
  // The date opens a statement: at the segment's or a clause's start, or right after one
  // that ended with a kind or action word (`…1998年成立截至2023年底`); after a noun it is
  // that noun's (`新建工会组织截至10月底已达`), and the words before still govern it.
  const before = segment.slice(0, hit.start);
  const opens = before === '' || /[,;:]$/u.test(before) || findWords(before, markersOf(vocabulary).words).at(-1)?.end === hit.start;
  if (!opens) return false;
  const rest = segment.slice(hit.end);
  const date = DATE.exec(rest)![0];
  const afterDate = rest.slice(date.length);
  // A bare 底 or 末 ends a date only after one (`截至十月底`, not `一抓到底`).
  const end = to.find((w) => afterDate.startsWith(w) && (date !== '' || w.length > 1));
  if (end === undefined) return false;
  const tail = afterDate.slice(end.length);
  const { words, marker } = markersOf(vocabulary);
  // A verb before 的 describes the things counted (`全乡已组建的工会组织中`), it says nothing of when.
  const doing = findWords(tail, words).filter((h) => tail[h.end] !== '的');
  return !doing.some((h) => marker.get(h.word) === 'flow' || marker.get(h.word) === 'period');
}

// A standing-total word right before a figure that only describes what it counts: an
// attribute (`在册的`) or a `there are` (`已有`).
const DESCRIBES = /(?:的|有)$/u;

/**
 * Whether the verb after a figure's noun phrase says what was done, where the total word
 * before only describes the things counted (`在册的1200户困难职工家庭已全部解困`,
 * `已有860名职工取得技能等级证书`): the first kind or action word after the figure is one of
 * doing. A word of building before the figure (`已建成的`) says what was done to them, so
 * it keeps its kind.
 */
function doneAfter(context: KindContext, vocabulary: Vocabulary): boolean {
  if (!context.after || !DESCRIBES.test(context.since)) return false;
  const { words, marker } = markersOf(vocabulary);
  const building = Object.values(vocabulary.actions).flat();
  const before = findWords(context.since, words).at(-1);
  if (!before || building.some((b) => before.word.includes(b)) || marker.get(before.word) !== 'stock') return false;
  const next = findWords(context.after, words).find((h) => h.start > 0);
  return next !== undefined && marker.get(next.word) === 'flow';
}

// An as-of date opens a statement of its own.
const AS_OF = /截[至止]/gu;

/**
 * The text from its last as-of date on (`截至2024年底`) where a statement ends right before
 * the date with a kind or action word (`工会联合会1958年组建截至2024年底`): the words of that
 * statement speak of something else. A noun before the date (`新建工会组织截至10月底已达`)
 * is the figure's own, and the words before it still govern it.
 */
export function fromAsOf(text: string, vocabulary: Vocabulary): string {
  const last = [...text.matchAll(AS_OF)].at(-1);
  if (!last) return text;
  const ended = findWords(text.slice(0, last.index), markersOf(vocabulary).words).at(-1)?.end === last.index;
  return ended ? text.slice(last.index) : text;
}

// Measure words of occurrences: person-times, household-times, sessions.
const OCCURRENCES = /次$/u;

const KIND_OF_MARKER: Record<KindMarker, Kind> = { period: 'flow', stock: 'stock', flow: 'flow', 'weak-stock': 'stock' };

/**
 * Whether a figure counts what was done in the period (flow), a standing total (stock), a
 * share (rate), or an amount per person, month or year (per-unit). The words nearest the
 * figure decide: those since the previous figure of its clause, then the whole clause;
 * a standing-total word at the head of the segment governs the clauses after it. A clause
 * with no kind word is a flow whose marker is null, so an indicator family may read it as
 * its own kind (`各级职工书屋433家`).
 */
export function readKind(unit: string, whole: KindContext, vocabulary: Vocabulary): KindReading {
  const words = vocabulary.kindWords;
  const context = { ...whole, since: fromAsOf(whole.since, vocabulary), clause: fromAsOf(whole.clause, vocabulary), segment: fromAsOf(whole.segment, vocabulary) };
  if (unit === '%') return { kind: 'rate', marker: null, yearly: false };
  if (findWords(context.since, words.perUnit).length > 0) return { kind: 'per-unit', marker: null, yearly: false };
  if (findWords(context.clause, words.yearly).length > 0) return { kind: 'per-unit', marker: null, yearly: true };
  const marker = markerIn(context.since, vocabulary) ?? markerIn(context.clause, vocabulary);
  const own = (m: KindMarker) => ({ kind: KIND_OF_MARKER[m], marker: m, yearly: false });
  if (marker === 'stock' && doneAfter(context, vocabulary)) return own('flow');
  // A standing count as of a date is a stock whatever was done before the date (`…成立,截至2021年底…`).
  if (asOfDate(context.segment, vocabulary)) return own('stock');
  if (marker === 'stock' || marker === 'period') return own(marker);
  // A 每年 governs the clause after its own (`每年举办竞赛1800场,吸引职工40万人次`) unless that
  // one says it is a total (`每年新建书屋20家,已累计建成96家`, `…,共培育工匠2000多名`); a long
  // list of the period's results that passes through one yearly item is not yearly after it.
  if (governedByYearly(context, words.yearly)) return { kind: 'per-unit', marker: null, yearly: true };
  if (marker) return own(marker);
  // Occurrences (`人次`, `场次`) happen in a period: a total at the head of the segment
  // (`已建成职工之家86家,…,服务职工12万人次`) says what stands, not what they count.
  if (!OCCURRENCES.test(unit) && findWords(context.segment, words.stock).length > 0) return own('stock');
  return { kind: 'flow', marker: null, yearly: false };
}
