import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { Indicator } from '../../src/contracts/indicator.ts';
import { type Evidence, ITEM_END, itemBefore, type Window } from './evidence.ts';
import { findWords, hasWord, type WordHit } from './find-words.ts';
import { kindAndActionWords, type KindReading } from './kind.ts';
import {
  ABOUT_LEVELS,
  AFTER_FIGURE,
  type AboutLevel,
  NOUN_REACH,
  type Rejection,
  reject,
  total,
  type Weight,
  weigh,
} from './match-reasons.ts';
import type { Taxonomy } from './taxonomy.ts';

/** What the rules know of a figure besides the words around it. */
export interface Figure {
  /** The figure as written (`25人以上`). */
  text: string;
  unit: string;
  kind: KindReading;
  /** Action classes (`new`, `honour`) whose words govern the figure. */
  actions: ReadonlySet<string>;
  /** The last year of the report's period: a figure for a later year is a target. */
  periodEnd: number;
  /** The report's level: what lies beyond its own area. */
  level: CatalogEntry['region']['level'];
}

// How far after a measure word its noun phrase may run (`6家区级劳模和工匠人才创新工作室授牌`).
const AFTER_REACH = 20;
const FILLER = ['“', '”', '‘', '’', '"', '《', '》', '(', ')', ' ', '、', '的', '等', '共', '共计', '计', '合计', '总计', '总数', '人数', '数',
  '数量', '为', '有', '已', '至', '达', '达到', '突破', '超过', '超', '逾', '约', '近', '余', '多', '累计', '稳定在', '保持在', '增至', '净增', '活动'];
// Words that end a noun phrase after a measure word besides verbs: adverbs and prepositions
// (`63.5万名新就业形态劳动者会员均可通过…`).
const FUNCTION_WORDS = ['中', '里', '内', '的', '均', '都', '全部', '已经', '已', '可', '将', '正在', '在', '从', '向', '对', '为', '给',
  '通过', '构成', '形成', '成为', '实现', '享受', '获得', '得到', '接受', '进行', '分', '赴', '到'];
// A count of persons at least or at most, right before an organisation noun, is a size
// class (`25人以上企业`).
const SIZE_CLASS = /^的?(?:企业|单位|公司|规上)/u;

const GLUE = /^[“”‘’"《》]?$/u;
// Slogans and programme names in quotes (`“学思想、强技能、建新功”主题教育`) say nothing
// against an indicator; a quoted topic word (`“两癌”`) does, so short quotes stay.
const QUOTED = /“[^“”]{5,20}”|「[^「」]{5,20}」/gu;

interface Prepared {
  units: Map<string, ReadonlySet<string>>;
  stockFamilies: Set<string>;
  phraseEnds: string[];
  /** Words of doing: a noun they follow is what did it. */
  verbs: string[];
  tails: string[];
  afterTails: string[];
  personUnits: ReadonlySet<string>;
  /** The nouns indicators of persons count (`职工`, `会员`): a staff word after one of them is not what the figure counts. */
  personNouns: string[];
  /** The areas of `elsewhere`, longest first. */
  areas: string[];
  actionWords: Map<string, string[]>;
}

const prepared = new WeakMap<Taxonomy, Prepared>();

function prepare(taxonomy: Taxonomy): Prepared {
  let p = prepared.get(taxonomy);
  if (!p) {
    const { kindWords, actions, unitClasses } = taxonomy.vocabulary;
    const countWords = new Set(taxonomy.indicators.flatMap((i) => i.match.counts ?? []));
    p = {
      units: new Map(taxonomy.indicators.map((i) => [i.id, new Set(i.units)] as const)),
      stockFamilies: new Set(
        taxonomy.indicators.filter((i) => i.kind === 'stock').flatMap((i) => i.units.map((u) => `${i.family}\u0000${u}`)),
      ),
      phraseEnds: [...new Set([...kindWords.flow, ...Object.values(actions).flat(), ...FUNCTION_WORDS])].filter((w) => !countWords.has(w)),
      verbs: [...new Set([...kindWords.flow, ...Object.values(actions).flat()])].filter((w) => !countWords.has(w)),
      tails: [...new Set([...FILLER, ...kindAndActionWords(taxonomy.vocabulary)])].sort((a, b) => b.length - a.length),
      afterTails: [...new Set([...FILLER, ...NOT_A_NOUN, ...kindAndActionWords(taxonomy.vocabulary)])].sort((a, b) => b.length - a.length),
      personUnits: new Set(unitClasses.persons?.units ?? []),
      personNouns: [...new Set(taxonomy.indicators.filter((i) => i.unitClass === 'persons').flatMap((i) => i.match.counts ?? []))],
      areas: Object.keys(taxonomy.vocabulary.elsewhere.areas).sort((a, b) => b.length - a.length),
      actionWords: new Map(Object.entries(actions)),
    };
    prepared.set(taxonomy, p);
  }
  return p;
}

/** The longest of `words` that `text` ends with. */
function endingWord(text: string, words: string[]): string | null {
  let best: string | null = null;
  for (const w of words) if (text.endsWith(w) && (!best || w.length > best.length)) best = w;
  return best;
}

// `会员总数由2019年的8.6万人`, `截至10月底已达`: the date a figure stands at is not what it counts.
const AS_OF_YEAR = /(?:由|从|较|比|截[至止])?(?:\d{4}年(?:\d{1,2}月)?|\d{1,2}月)(?:底|末|初)?$/u;

/**
 * The noun of `words` that `before` ends with once quantity and kind words are taken off
 * its end (`职工书屋已累计建成96家`), and how much was taken.
 */
function nounBefore(before: string, words: string[], tails: string[]): { word: string; gap: number } | null {
  let text = before;
  while (before.length - text.length <= NOUN_REACH + 6) {
    const word = endingWord(text, words);
    if (word) return { word, gap: before.length - text.length };
    const tail = AS_OF_YEAR.exec(text)?.[0] ?? tails.find((t) => text.endsWith(t));
    if (!tail) return null;
    text = text.slice(0, -tail.length);
  }
  return null;
}

// Words that may follow a measure word without being a noun (`3处并投入使用`, `20家左右`,
// `6.2万人增至`), besides quantity and kind words.
const NOT_A_NOUN = ['并', '且', '和', '及', '与', '以', '左右', '上下', '了'];

function hasOwnNoun(piece: string, tails: string[]): boolean {
  let rest = piece;
  for (let word = tails.find((t) => rest.startsWith(t)); word; word = tails.find((t) => rest.startsWith(t))) rest = rest.slice(word.length);
  return (rest.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2;
}

/** A score with the word that earned it. */
interface Scored {
  score: number;
  word: string;
}

/**
 * Where the counted noun that decided stood: right before the figure (`before`), the head
 * of the phrase after the measure word (`head`), or the first word after the measure word
 * with more of the phrase after it (`first`); whether it was read from another figure.
 * The noun heading a list of its own items counts as standing before the figure.
 */
export interface NounReading extends Scored {
  place: 'before' | 'head' | 'first';
  borrowed: boolean;
}

/** Where the activity word that decided stood (ABOUT_LEVELS). */
export interface TopicReading extends Scored {
  level: AboutLevel;
}

/** A reading with the weights its score adds up. */
interface Weighed<R extends Scored> {
  reading: R;
  weights: Weight[];
}

/** A reading scored by its weights; weights of nothing (a distance of 0) are left out, they add nothing. */
function weighed<R extends Scored>(fields: Omit<R, 'score'>, weights: Weight[]): Weighed<R> {
  const kept = weights.filter((w) => w.amount !== 0);
  return { reading: { ...fields, score: total(kept) } as R, weights: kept };
}

/**
 * How well the noun the figure counts names one of `words`, or null when none does: the
 * noun phrase right before the figure (`新建工会组织104家`) or, after the measure word, the
 * phrase up to its first verb (`为17个星级工会驿站发放补贴`), whose last noun is its head. The
 * indicator's own action may stand inside that phrase (`推动34家企业建立工会`).
 */
function nounScore(words: string[], evidence: Evidence, p: Prepared, ownAction: readonly string[], listed: OwnList | null): Weighed<NounReading> | null {
  let best: Weighed<NounReading> | null = null;
  const keep = (word: string, place: NounReading['place'], borrowed: boolean, weights: Weight[]) => {
    const found = weighed<NounReading>({ word, place, borrowed }, borrowed ? [...weights, weigh('borrowed')] : weights);
    if (!best || found.reading.score > best.reading.score) best = found;
  };
  if (listed) keep(listed.head, 'before', false, [weigh('noun-before'), weigh('noun-gap', listed.gap), weigh('noun-length', listed.head.length)]);
  const ends = ownAction.length > 0 ? p.phraseEnds.filter((w) => !ownAction.includes(w)) : p.phraseEnds;
  for (const { before, after, borrowed } of evidence.nouns) {
    const stop = findWords(after, ends).find((h) => h.start > 0)?.start ?? after.length;
    const piece = after.slice(0, Math.min(stop, AFTER_REACH)).split(ITEM_END)[0]!;
    // A noun of its own after the measure word (`“…推区域工会”三个重点`, `区总工会推动1860家企业`)
    // is what the figure counts; the words before are then its subject, not its noun.
    if (!hasOwnNoun(piece, p.afterTails)) {
      const last = nounBefore(before, words, p.tails);
      if (last) keep(last.word, 'before', borrowed, [weigh('noun-before'), weigh('noun-gap', last.gap), weigh('noun-length', last.word.length)]);
    }
    const head = nounBefore(piece, words, ['等', '的', ...ownAction]);
    if (head) {
      keep(head.word, 'head', borrowed, [weigh('noun-head'), weigh('phrase-length', piece.length - head.gap), weigh('noun-length', head.word.length)]);
    }
    // The noun right after the measure word counts even when others follow it (`18个基层工会经费收支情况`).
    const first = findWords(piece, words)[0];
    if (first && first.start <= 2) keep(first.word, 'first', borrowed, [weigh('noun-first'), weigh('noun-length', first.word.length)]);
  }
  return best;
}

/** The hit nearest the figure in a window (a word after it counting as further), and the text between the two. */
function nearestHit(win: Window, hits: WordHit[]): { hit: WordHit; between: string; after: boolean } | null {
  let best: { hit: WordHit; distance: number } | null = null;
  for (const hit of hits) {
    const distance = hit.end <= win.at ? win.at - hit.end : Math.max(0, hit.start - win.at) + AFTER_FIGURE;
    if (!best || distance < best.distance) best = { hit, distance };
  }
  if (!best) return null;
  const { hit } = best;
  const after = hit.end > win.at;
  return { hit, after, between: after ? win.text.slice(win.at, hit.end) : win.text.slice(hit.start, win.at) };
}

/**
 * How close the words of the activity stand. Within the first window that holds one (the
 * clause, else the stretch between semicolons), the word nearest the figure decides; a
 * `not` word nearest, joined to it (`安康杯竞赛`) or standing between it and the figure in
 * the figure's own list item means another activity. Earlier sentences and headings speak
 * for a figure only when it counts people taking part in something.
 */
function aboutScore(about: string[], not: string[], evidence: Evidence, takingPart: boolean, counts: readonly string[] = []): Weighed<TopicReading> | null {
  const vocabulary = [...about, ...not];
  for (const [level, win] of [['clause', evidence.clause], ['segment', evidence.segment]] as const) {
    // In a list, a `not` word in an earlier item of the clause belongs to that item's figure
    // (`慰问困难职工318户、一线职工1260人`), and so does a noun the indicator counts (`困难职工`):
    // it is that item's, not this one's. A word of the activity there still heads the list.
    const ownStart = win.at - itemBefore(evidence.before, evidence.listItem).length;
    const clauseStart = win.at - evidence.clause.at;
    const itemsNoun = (word: string) => not.includes(word) || counts.includes(word);
    const otherItem = (h: WordHit) => evidence.listItem && itemsNoun(h.word) && h.start >= clauseStart && h.end <= ownStart;
    const hits = findWords(win.text, vocabulary).filter((h) => !otherItem(h));
    const near = nearestHit(win, hits);
    if (!near) continue;
    // Beyond the clause, a figure of the same sort standing between the word and this figure
    // is what the word was about (`工资集体协商签订70家,…创建企业3家`).
    const nearStart = win.at - (near.after ? 0 : near.between.length);
    const nearEnd = win.at + (near.after ? near.between.length : 0);
    if (level === 'segment' && evidence.siblings.some((at) => at > nearStart && at < nearEnd && at !== win.at)) return null;
    if (level === 'segment' && ownedElsewhere(win.text, near.after ? [nearEnd, Infinity] : [-Infinity, nearStart], evidence.siblings)) return null;
    if (not.includes(near.hit.word)) return null;
    const own = near.after ? near.between : near.between.slice(-itemBefore(evidence.before, evidence.listItem).length - 1);
    if (hasWord(own, not)) return null;
    const joined = (h: WordHit) =>
      not.includes(h.word) && GLUE.test(win.text.slice(Math.min(h.end, near.hit.end), Math.max(h.start, near.hit.start)));
    if (hits.some(joined)) return null;
    return weighed<TopicReading>({ word: near.hit.word, level }, [
      weigh(ABOUT_LEVELS[level].weight),
      weigh('distance', near.between.length),
      ...(near.after ? [weigh('after-figure')] : []),
      weigh('about-length', near.hit.word.length),
    ]);
  }
  if (!takingPart) return null;
  const earlier = findWords(evidence.earlier, vocabulary).at(-1);
  if (earlier) return not.includes(earlier.word) ? null : weighed<TopicReading>({ word: earlier.word, level: 'earlier' }, [weigh('about-earlier')]);
  const heading = evidence.headings.findIndex((h) => hasWord(h, about));
  if (heading === -1) return null;
  const word = findWords(evidence.headings[heading]!, about)[0]!.word;
  return weighed<TopicReading>({ word, level: 'heading' }, [weigh('about-heading'), weigh('heading-depth', heading)]);
}

/**
 * Whether a word of another clause, ending at `from` (or starting at `to`), is the figure's
 * of the same sort that its own clause gives: any in a later clause (`推荐评选某某托管班1家,
 * 市级示范点18家`: 示范点 is the 18's), one before it in an earlier clause whose words end
 * with no figure after it (`1人荣获大国工匠称号,41人…`). A word ahead of its clause's figure
 * in an earlier clause heads a list that may go on past it (`慰问困难职工300人,一线职工2000人`).
 */
function ownedElsewhere(text: string, [from, to]: [number, number], siblings: number[]): boolean {
  if (to === Infinity) {
    const end = text.slice(from).search(/[,;:]/u);
    return siblings.some((at) => at >= from && (end === -1 || at < from + end));
  }
  const start = Math.max(...[',', ';', ':'].map((c) => text.lastIndexOf(c, to - 1))) + 1;
  const rest = text.slice(to).split(/[,;:]/u)[0]!;
  return !/\d/u.test(rest) && siblings.some((at) => at >= start && at < to);
}

/** Whether a figure is a list item that names no noun and borrows that of the item before it. */
function borrowsItsNoun(evidence: Evidence): boolean {
  return evidence.listItem && evidence.nouns.some((n) => n.borrowed) && /^、?$/u.test(itemBefore(evidence.before, true));
}

/** Whether an activity word stood outside the figure's sentence: in an earlier sentence or a heading. */
const fromOutside = (topic: TopicReading) => topic.level === 'earlier' || topic.level === 'heading';

/**
 * Whether the figure's kind fits the indicator, and at what cost (the weights it takes off):
 * a clause without kind words (or with only a weak one, `达到`) fits either member of a
 * family, preferring the family's own kind (a stock where the family has one, `各级职工书屋433家`).
 */
function kindCost(indicator: Indicator, figure: Figure, stockFamilies: Set<string>): Weight[] | null {
  const { kind, marker, yearly } = figure.kind;
  if (yearly) return indicator.kind === 'flow' ? [] : null;
  if (kind !== 'flow' && kind !== 'stock') return null;
  if (marker === null || marker === 'weak-stock') {
    const own = stockFamilies.has(`${indicator.family}\u0000${figure.unit}`) ? 'stock' : 'flow';
    return indicator.kind === own ? [] : [weigh('other-kind')];
  }
  return indicator.kind === kind ? [] : null;
}

/** A noun followed by its own verb is what did something (`80余家基层工会组织开设了专用账户`), not a standing total. */
function doesSomething(evidence: Evidence, verbs: string[]): boolean {
  return findWords(evidence.after.split(ITEM_END)[0]!, verbs).some((h) => h.start > 0) && !/[为向对给与]$/u.test(evidence.before);
}

/**
 * The figure's item without the noun that ends it right before the next figure of the
 * clause, which is that figure's (`386个基层工会会员4.2万人`: 会员 counts the 4.2万):
 * a word that ends where only quantity and kind words stand before the next figure.
 */
function ownItem(evidence: Evidence, tails: string[], not: readonly string[]): string {
  const { item } = evidence;
  if (!evidence.followed || ITEM_END.test(evidence.after)) return item;
  let end = item;
  for (let tail = tails.find((t) => end.endsWith(t)); tail; tail = tails.find((t) => end.endsWith(t))) end = end.slice(0, -tail.length);
  const last = findWords(end, not).at(-1);
  const afterStart = item.length - evidence.after.length;
  return last && last.end === end.length && last.start >= afterStart ? item.slice(0, last.start) : item;
}

/**
 * The first of an indicator's `not` words in a text that is not part of one of its own
 * words (`劳模` is against hardship help, `困难劳模` one of those it helps).
 */
function notWordIn(text: string, indicator: Indicator, listed: OwnList | null): WordHit | undefined {
  const { counts = [], about = [], not = [] } = indicator.match;
  if (not.length === 0) return undefined;
  const own = findWords(text, [...counts, ...about]);
  const inOwnWord = (h: WordHit) => own.some((o) => o.start <= h.start && h.end <= o.end && o.word.length > h.word.length);
  const inList = (h: WordHit) => listed !== null && h.start >= listed.items[0] && h.end <= listed.items[1];
  return findWords(text, not).find((h) => !inOwnWord(h) && !inList(h));
}

// The items after the head of a list of nouns (`、下岗职工和劳动模范`): short, joined by 、和及与.
const LIST_REST = /^(?:[、和及与]\p{Script=Han}{1,6}?)+$/u;

/**
 * Where, in the text before a figure, the later items of a list headed by one of the
 * indicator's own nouns stand (`救助困难职工、下岗职工和劳动模范420名`): they name more of those
 * the figure counts, so a not-word among them (`劳动模范`) is not against the indicator.
 */
function ownList(before: string, counts: readonly string[], p: Prepared): OwnList | null {
  let text = before;
  for (let tail = p.tails.find((t) => text.endsWith(t)); tail; tail = p.tails.find((t) => text.endsWith(t))) text = text.slice(0, -tail.length);
  const head = findWords(text, counts).at(-1);
  if (!head) return null;
  const rest = text.slice(head.end);
  if (!LIST_REST.test(rest) || findWords(rest, p.verbs).length > 0) return null;
  return { head: head.word, items: [head.end, text.length], gap: before.length - head.end };
}

/** A list of nouns headed by one of an indicator's own, ending at the figure. */
interface OwnList {
  head: string;
  /** Where its later items stand in the text before the figure. */
  items: [number, number];
  /** How far its head stands from the figure. */
  gap: number;
}

/**
 * The action word of a clause when every one there is among an indicator's `not` words: a
 * word that makes new for one indicator (`净增基层工会`) may name another's own figure
 * (`净增会员` is net growth, not new members), which then cannot lend its action.
 */
function disownedAction(clause: string, actionWords: readonly string[], not: readonly string[]): string | null {
  const hits = findWords(clause, actionWords);
  return hits.length > 0 && hits.every((h) => not.includes(h.word)) ? hits[0]!.word : null;
}

/** An indicator's score for a figure: the weights it adds up, and the readings that decided. */
export interface Scoring {
  score: number;
  /** Every weight the score adds up, in order (WEIGHTS). */
  weights: Weight[];
  /** The words that decided, in a line: `its noun 书屋 and its activity word 培训 in the clause`. */
  why: string;
  noun: NounReading | null;
  topic: TopicReading | null;
}

/**
 * How an indicator fared with a figure: its score and the weights that made it, or the case
 * that ruled it out and at which of score's checks (REJECTIONS: 1 the measure word … 8
 * evidence outside the sentence): the later the check, the nearer the indicator came.
 */
export type Verdict = Scoring | Rejection;

function score(indicator: Indicator, figure: Figure, evidence: Evidence, p: Prepared, takingPart: boolean): Verdict {
  const { counts, about, either, action, not = [], joins } = indicator.match;
  if (!p.units.get(indicator.id)!.has(figure.unit)) return reject('unit', figure.unit);
  const cost = kindCost(indicator, figure, p.stockFamilies);
  if (cost === null) return reject('kind', kindSaid(figure.kind), indicator.kind);
  if (action && !figure.actions.has(action)) return reject('no-action', action);
  const disowned = action ? disownedAction(evidence.clause.text, p.actionWords.get(action) ?? [], not) : null;
  if (action && disowned) return reject('disowned-action', action, disowned);
  const listed = counts ? ownList(itemBefore(evidence.before, evidence.listItem).replace(QUOTED, ''), counts, p) : null;
  const against = notWordIn(ownItem(evidence, p.tails, not).replace(QUOTED, ''), indicator, listed);
  if (against) return reject('not-word', against.word);
  if (indicator.kind === 'stock' && figure.kind.marker !== 'stock' && doesSomething(evidence, p.verbs)) return reject('does-something');
  const noun = counts ? nounScore(counts, evidence, p, action ? (p.actionWords.get(action) ?? []) : [], listed) : null;
  if (counts && noun === null && !either) return reject('no-noun');
  const topic = about ? aboutScore(about, not, evidence, takingPart, counts) : null;
  if (about && topic === null && !(either && noun !== null)) return reject('no-activity-word');
  // A list item that names nothing of its own (`文明单位36个、210个`) counts what the item
  // before it counts: words beyond its clause do not assign it anything else.
  if (topic !== null && noun === null && topic.reading.level !== 'clause' && borrowsItsNoun(evidence)) return reject('borrowed-other-noun');
  // Words outside the figure's sentence may choose between indicators its own words allow, never assign one they do not.
  if (topic !== null && fromOutside(topic.reading) && noun === null && !hasWord(evidence.clause.text, joins ?? [])) return reject('outside-only');
  // An indicator that takes either its noun or its activity word takes the stronger; one that
  // names both takes the activity word's score, with a bonus for the noun beside it.
  const decided = either ? stronger(noun, topic) : (topic ?? noun);
  if (!decided) return reject('no-noun');
  const weights = [...decided.weights, ...(counts && about && !either ? [weigh('noun-and-about')] : []), ...cost];
  const by = [noun && `its noun ${noun.reading.word}`, topic && `its activity word ${topic.reading.word} ${ABOUT_LEVELS[topic.reading.level].said}`];
  const less = cost.map((w) => `, less ${-w.amount} for the family's other kind`).join('');
  return { score: total(weights), weights, why: `${by.filter(Boolean).join(' and ')}${less}`, noun: noun?.reading ?? null, topic: topic?.reading ?? null };
}

/** How a kind reading reads in a rejection: `flow (stock word)`, `yearly figure`. */
function kindSaid({ kind, marker, yearly }: KindReading): string {
  return `${yearly ? 'yearly figure' : kind}${marker ? ` (${marker} word)` : ''}`;
}

/** The higher scored of two readings, the noun's between equals. */
function stronger(noun: Weighed<NounReading> | null, topic: Weighed<TopicReading> | null): Weighed<Scored> | null {
  if (!noun || !topic) return noun ?? topic;
  return topic.reading.score > noun.reading.score ? topic : noun;
}

/** A plan word followed by what is planned (`计划新建`, `力争全年发展`), not a programme's name (`医疗互助保障计划`). */
function isPlan(text: string, plans: string[], markers: string[]): boolean {
  const planned = (at: number) => findWords(text.slice(at, at + 4).split(/[,;:。]/u)[0]!, markers).some((m) => m.start <= 1);
  return findWords(text, plans).some((h) => h.word !== PLAN_NOUN || planned(h.end));
}

// `到2027年`, `2030年前`: a year something is to be reached by (a date such as `2025年1月`
// in a report published after its period is not one).
const TARGET_YEAR = /(?:到|至)(\d{4})年|(?<!\d)(\d{4})年(?:前|以前|底前)/gu;

// `计划` is also a noun (`医疗互助保障计划`); the other plan words are only ever verbs.
const PLAN_NOUN = '计划';

/** Whether the figure stands under a heading or in a sentence about what is to come, or for a year after the report's period. */
function isTarget(figure: Figure, evidence: Evidence, future: string[]): boolean {
  if (hasWord(evidence.headings[0] ?? '', future) || hasWord(evidence.sentence.text.slice(0, 8), future)) return true;
  const targets = evidence.segment.text.slice(0, evidence.segment.at).matchAll(TARGET_YEAR);
  return [...targets].some((m) => Number(m[1] ?? m[2]) > figure.periodEnd);
}

// How many characters of modifiers (`专业`, `金牌`) may stand between a measure word and the staff it counts.
const STAFF_REACH = 4;

/** Whether a count of persons counts the union's own staff or teams (`签约2名专业律师`, `组建宣讲队伍120人`). */
function countsStaff(figure: Figure, evidence: Evidence, staff: string[], p: Prepared): boolean {
  if (!p.personUnits.has(figure.unit)) return false;
  const first = findWords(evidence.after.split(/[、,]/u)[0]!, [...staff, ...p.personNouns])[0];
  if (first && first.start <= STAFF_REACH) return staff.includes(first.word);
  return nounBefore(evidence.before, staff, p.tails) !== null;
}

/** Whether the people a figure counts came from beyond the report's area (`来自全省各地的37名选手`, at a county's contest). */
function fromElsewhere(figure: Figure, evidence: Evidence, elsewhere: Taxonomy['vocabulary']['elsewhere'], p: Prepared): boolean {
  if (!p.personUnits.has(figure.unit)) return false;
  return findWords(evidence.clause.text, elsewhere.from).some((h) => {
    const area = p.areas.find((a) => evidence.clause.text.startsWith(a, h.end));
    return area !== undefined && elsewhere.areas[area]!.includes(figure.level);
  });
}

/**
 * Whether the figure is one no indicator compares: a page view, a plan or target, a baseline
 * (`由8.6万人增至10.4万人`), a size class, the union's own staff, or people from elsewhere.
 */
function notComparable(figure: Figure, evidence: Evidence, taxonomy: Taxonomy, p: Prepared): string | null {
  const { ignoreAfter, plans, baseline, future, staff, elsewhere } = taxonomy.vocabulary;
  const cases: Array<[() => boolean, string]> = [
    [() => findWords(evidence.before.slice(-4), ignoreAfter).length > 0, 'it counts page views or clicks'],
    [() => countsStaff(figure, evidence, staff, p), "it counts the union's own staff or team"],
    [() => fromElsewhere(figure, evidence, elsewhere, p), "its people came from beyond the report's area"],
    [() => isPlan(evidence.segment.text.slice(0, evidence.segment.at), plans, p.tails), 'it is a plan'],
    [() => isTarget(figure, evidence, future), 'it is a target or for a later year'],
    [() => hasWord(evidence.before, baseline.from) && baseline.to.some((w) => evidence.after.startsWith(w)), 'it is the baseline of a change'],
    [() => p.personUnits.has(figure.unit) && /以[上下]$/u.test(figure.text) && SIZE_CLASS.test(evidence.after), 'it is a size class of firms'],
  ];
  const hit = cases.find(([test]) => test());
  return hit ? hit[1] : null;
}

/**
 * The indicator a figure counts for, or null: among the indicators whose unit class, kind,
 * action and words all fit, the one with the closest evidence (the taxonomy's order
 * between equals).
 */
export function matchIndicator(figure: Figure, evidence: Evidence, taxonomy: Taxonomy): Indicator | null {
  return explainMatch(figure, evidence, taxonomy).winner;
}

/** Why a figure went where it went: the rule that set it aside, or each indicator's verdict, the winner's first. */
export interface MatchExplanation {
  winner: Indicator | null;
  /** Why no indicator compares the figure at all, or null. */
  notComparable: string | null;
  verdicts: Array<{ indicator: Indicator; verdict: Verdict }>;
}

export function explainMatch(figure: Figure, evidence: Evidence, taxonomy: Taxonomy): MatchExplanation {
  const p = prepare(taxonomy);
  const reason = notComparable(figure, evidence, taxonomy, p);
  if (reason) return { winner: null, notComparable: reason, verdicts: [] };
  const joins = hasWord(evidence.clause.text, taxonomy.vocabulary.takingPart);
  const verdicts = taxonomy.indicators.map((indicator) => ({ indicator, verdict: score(indicator, figure, evidence, p, joins) }));
  let winner: Indicator | null = null;
  let best = -Infinity;
  for (const { indicator, verdict } of verdicts) {
    if (verdict.score !== null && verdict.score > best) {
      winner = indicator;
      best = verdict.score;
    }
  }
  // The taxonomy's order breaks ties, so a stable sort by score keeps the winner first.
  const rank = (v: Verdict) => v.score ?? Number.MIN_SAFE_INTEGER;
  verdicts.sort((a, b) => rank(b.verdict) - rank(a.verdict));
  return { winner, notComparable: null, verdicts };
}

const actionClasses = new WeakMap<Taxonomy, { words: string[]; classes: Map<string, string[]> }>();

/**
 * The action classes whose words stand in a text, each word read whole: `获得者` (a
 * recipient, listed under a class no indicator asks for) is not the action `获得`.
 */
export function actionsIn(text: string, taxonomy: Taxonomy): Set<string> {
  let lookup = actionClasses.get(taxonomy);
  if (!lookup) {
    const classes = new Map<string, string[]>();
    for (const [name, words] of Object.entries(taxonomy.vocabulary.actions)) {
      for (const w of words) classes.set(w, [...(classes.get(w) ?? []), name]);
    }
    lookup = { words: [...classes.keys()], classes };
    actionClasses.set(taxonomy, lookup);
  }
  return new Set(findWords(text, lookup.words).flatMap((h) => lookup.classes.get(h.word)!));
}
