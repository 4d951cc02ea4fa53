import type { ExtractedFact } from './extracted-fact.ts';
import { findWords } from './find-words.ts';
import { kindAndActionWords } from './kind.ts';
import type { Vocabulary } from './taxonomy.ts';

/** How reports say that a figure is part of another without 其中 (content/indicators.yaml, `sums`). */
export interface SumWords {
  /** Words naming a figure as a total (`会员总数`): the other figures of its sentence are within it. */
  total: readonly string[];
  /**
   * Words a narrowing modifier never holds: what was done (kind and action words), a separate
   * act; and levels (`全国`, `省级`), a sibling of another level.
   */
  notNarrowing: readonly string[];
  /** Words of doing (kind and action words): a place right before one is the subject that did it. */
  doing: readonly string[];
}

/** Why a figure is never added to another of its indicator: the figure that covers it, and the rule. */
export interface Cover {
  by: string;
  reason: string;
}

const wordsOf = new WeakMap<Vocabulary, SumWords>();

/** The sum words of a vocabulary, with its kind and action words. */
export function sumWords(vocabulary: Vocabulary): SumWords {
  let found = wordsOf.get(vocabulary);
  if (!found) {
    const doing = kindAndActionWords(vocabulary);
    found = { total: vocabulary.sums.total, notNarrowing: [...doing, ...vocabulary.sums.levels], doing };
    wordsOf.set(vocabulary, found);
  }
  return found;
}

/** What the rules read besides the two figures: the words, and the name of the report's own region. */
interface SumContext {
  words: SumWords;
  region: string;
}

type Rule = (part: ExtractedFact, whole: ExtractedFact, context: SumContext) => string | null;

// A place a figure's words open with, as the subject that did what they say (`城关镇新建…`);
// 全县, 各区, 本市 are the report's own area or all of its parts, not one of them.
const PLACE = /^(?![全各本我该其外])\p{Script=Han}{1,8}?(?:自治区|自治州|开发区|街道|园区|省|市|县|区|州|盟|旗|镇|乡)/u;

const hanOf = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');

/**
 * The rules, each read as `part` is never added to `whole` because…; both are figures of
 * one sentence, counted for one indicator, `part` the smaller.
 */
const RULES: Array<[name: string, rule: Rule]> = [
  [
    // `全县工会会员总数5.2万人,女会员1.9万人`: what a total counts holds the rest.
    'named total',
    (part, whole, { words }) => {
      const word = findWords(whole.fact.what, words.total)[0]?.word;
      if (!word || findWords(part.fact.what, words.total).length > 0) return null;
      return `${whole.fact.text} is named a total (${word}); the other figures of its sentence are within it`;
    },
  ],
  [
    // `…系统及直属基层工会40个,基层工会1500个`: the same noun with modifiers and no verb of
    // its own names a subset of what the bare noun counts (`成功申报共享职工之家1个` is a
    // separate act, `全国工人先锋号` another level's honour: neither a subset).
    'narrower set',
    (part, whole, { words }) => {
      const [narrow, broad] = [hanOf(part.fact.what), hanOf(whole.fact.what)];
      if (broad.length < 2 || narrow.length <= broad.length || !narrow.endsWith(broad)) return null;
      const modifier = narrow.slice(0, -broad.length);
      if (findWords(modifier, words.notNarrowing).length > 0) return null;
      return `${part.fact.what} is a narrower set than ${whole.fact.what} (${whole.fact.text})`;
    },
  ],
  [
    // `全县新建工会组织86家,城关镇新建工会组织30家`: one place's share of the report's total,
    // given after it, is not added to it. A place before a noun names a level
    // (`城关镇劳动模范5名`), and the report's own region is no part of itself.
    'one place of the total',
    (part, whole, { words, region }) => {
      if (part.position.start < whole.position.start) return null;
      const place = PLACE.exec(part.fact.what)?.[0];
      if (!place || region.startsWith(place) || place.startsWith(region)) return null;
      const rest = part.fact.what.slice(place.length);
      if (rest !== '' && findWords(rest, words.doing)[0]?.start !== 0) return null;
      return `${place} is one place of the area ${whole.fact.text} counts`;
    },
  ],
];

/** The first rule by which `part` is never added to `whole`, named, with its reason; null when none holds. */
function firstRule(part: ExtractedFact, whole: ExtractedFact, context: SumContext): string | null {
  for (const [name, rule] of RULES) {
    const why = rule(part, whole, context);
    if (why !== null) return `${name}: ${why}`;
  }
  return null;
}

/**
 * The figures of one report that are never added to another figure of their indicator,
 * each with what covers it and why: the rules above, for figures of one sentence. A whole
 * is always the larger figure, so no two cover each other.
 */
export function coversIn(extracted: readonly ExtractedFact[], words: SumWords, region: string): Map<string, Cover> {
  const covers = new Map<string, Cover>();
  const groups = Map.groupBy(
    extracted.filter((e) => e.fact.indicator !== null && e.fact.value !== null),
    (e) => `${e.fact.indicator}\u0000${e.position.block}\u0000${e.fact.sentence}`,
  );
  for (const group of groups.values()) {
    for (const part of group) {
      for (const whole of group) {
        if (whole === part || whole.fact.value! <= part.fact.value!) continue;
        const reason = firstRule(part, whole, { words, region });
        if (reason !== null) {
          covers.set(part.fact.id, { by: whole.fact.id, reason });
          break;
        }
      }
    }
  }
  return covers;
}
