import { type Evidence, ITEM_END, itemBefore } from './evidence.ts';
import { hasWord } from './find-words.ts';
import { kindAndActionWords } from './kind.ts';
import type { MatchExplanation, NounReading, TopicReading } from './match-indicator.ts';
import type { Taxonomy } from './taxonomy.ts';

/**
 * How strong the evidence for a figure's indicator is. A strong match is charted; a weak one
 * stays a fact of its report, with the indicator it came nearest as a candidate, and is not
 * charted: a missing bar is visible, a wrong one misleads.
 */
export type Strength = 'strong' | 'weak';

export interface Grade {
  strength: Strength;
  /** The case of STRENGTH_CASES that decided. */
  case: string;
  /** Why, for npm run explain. */
  reason: string;
  /** Why, for readers of the report page and of facts.json. */
  zh: string;
}

/** What the cases read of one figure's match: the winner's evidence and the figure's own words. */
export interface MatchReading {
  noun: NounReading | null;
  topic: TopicReading | null;
  /** Whether the figure's own list item says it counts people taking part (`近50名护理人员同台竞技`). */
  takingPart: boolean;
  /** The noun of its own the figure's own words give it (ownNoun), or null. */
  ownNoun: string | null;
}

interface StrengthCase {
  name: string;
  strength: Strength;
  applies: (m: MatchReading) => boolean;
  reason: (m: MatchReading) => string;
  zh: (m: MatchReading) => string;
}

// The cases after the first two apply only where no noun decided: there an activity word did.
const topicWord = (m: MatchReading) => m.topic?.word ?? '';

/**
 * The first case that applies grades the match. The figure's own phrase and clause are strong
 * evidence; words further away (a neighbouring clause, an earlier sentence, a heading) only
 * when the figure's own words name nothing else (`开展…活动,覆盖职工5000余人次`) or say it
 * counts people taking part.
 */
export const STRENGTH_CASES: StrengthCase[] = [
  {
    name: 'own-noun',
    strength: 'strong',
    applies: (m) => m.noun !== null && m.noun.place !== 'first',
    reason: (m) => `its noun ${m.noun!.word} heads the figure's own phrase${m.noun!.borrowed ? ' (read from the figure it refers to)' : ''}`,
    zh: (m) => `数字所在短语的中心词是“${m.noun!.word}”`,
  },
  {
    name: 'own-clause',
    strength: 'strong',
    applies: (m) => m.noun !== null || m.topic?.level === 'clause',
    reason: (m) =>
      [m.noun && `its noun ${m.noun.word} opens the phrase after the figure`, m.topic && `its activity word ${m.topic.word} stands in the figure's own clause`]
        .filter(Boolean)
        .join(' and '),
    zh: (m) => `数字所在分句提到“${m.noun?.word ?? topicWord(m)}”`,
  },
  {
    name: 'taking-part',
    strength: 'strong',
    applies: (m) => m.takingPart,
    reason: (m) => `its activity word ${topicWord(m)} stands outside the figure's clause, which says the figure counts people taking part`,
    zh: (m) => `数字所在分句说的是参加人数，所参加的活动（“${topicWord(m)}”）见于上文`,
  },
  {
    name: 'neighbour-speaks',
    strength: 'strong',
    applies: (m) => m.topic?.level === 'segment' && m.ownNoun === null,
    reason: (m) => `its activity word ${topicWord(m)} stands in a neighbouring clause, and the figure's own words name nothing else`,
    zh: (m) => `数字所在分句只说覆盖或投入多少，所说的活动（“${topicWord(m)}”）见于相邻分句`,
  },
  {
    name: 'neighbour-only',
    strength: 'weak',
    applies: (m) => m.topic?.level === 'segment',
    reason: (m) => `only a neighbouring clause names its activity (${topicWord(m)}); the figure's own words count ${m.ownNoun}`,
    zh: (m) => `只有相邻分句提到“${topicWord(m)}”，数字本身说的是“${m.ownNoun}”`,
  },
  {
    name: 'outside-only',
    strength: 'weak',
    applies: () => true,
    reason: (m) => `only ${m.topic?.level === 'heading' ? 'a heading' : 'an earlier sentence'} names its activity (${topicWord(m)})`,
    zh: (m) => `只有${m.topic?.level === 'heading' ? '标题' : '前文'}提到“${topicWord(m)}”，数字所在句子没有说明`,
  },
];

// Words at the ends of a figure's own words that never say what it counts: the reporting
// union as subject, the area a total covers, adverbs, quantity and filler words.
const FILLER_END =
  /(?:[\p{Script=Han}]{0,8}?总工会|全(?:省|市|县|区|镇|旗|乡|州|盟|国)|先后|分别|积极|持续|广泛|深入|扎实|共同|陆续|直接|首批|[共计达约近余多超逾为了的有已和及与等给向对])$/u;
const FILLER_START = /^(?:左右|以上|[的等共计余多了和及与])/u;
// After the measure word, a noun of reach is the figure's when it starts within this many
// characters (`一线职工`, not `外来务工人员`) or ends the phrase (`价值12万元的防暑降温物资`).
const NOUN_START = 2;
// How much of a noun of its own explain and the reasons quote.
const QUOTE_LENGTH = 8;
// A slogan in quotes, several phrases long (`“永远跟党走、奋进新征程”等宣教活动`), names no counted
// thing; a quoted name (`“全国爱心托管班”`) does.
const SLOGAN = /“[^“”]*[、, ][^“”]*”|「[^「」]*[、, ][^「」]*」/gu;
const QUOTES = /[“”‘’"《》「」]/gu;

const generalWords = new WeakMap<Taxonomy, { said: string[]; nouns: string[]; verbs: string[] }>();

function generalOf(taxonomy: Taxonomy): { said: string[]; nouns: string[]; verbs: string[] } {
  let general = generalWords.get(taxonomy);
  if (!general) {
    const { reach, takingPart, kindWords } = taxonomy.vocabulary;
    const said = [...kindAndActionWords(taxonomy.vocabulary), ...kindWords.yearly, ...kindWords.perUnit, ...takingPart, ...reach.verbs];
    general = { said: [...new Set(said)].sort((a, b) => b.length - a.length), nouns: reach.nouns, verbs: reach.verbs };
    generalWords.set(taxonomy, general);
  }
  return general;
}

/** The noun of its own in the words before and after a figure (ownNoun), or null. */
function nounOfWords(beforeText: string, afterText: string, taxonomy: Taxonomy): string | null {
  const { said, nouns, verbs } = generalOf(taxonomy);
  const plain = (text: string) => text.replace(SLOGAN, '').replace(QUOTES, '');
  let after = plain(afterText);
  const leading = () => said.find((w) => after.startsWith(w)) ?? after.match(FILLER_START)?.[0];
  for (let cut = leading(); cut; cut = leading()) after = after.slice(cut.length);
  const afterRun = after.match(/^\p{Script=Han}+/u)?.[0];
  if (afterRun) {
    const general = nouns.some((n) => afterRun.endsWith(n) || (afterRun.indexOf(n) !== -1 && afterRun.indexOf(n) <= NOUN_START));
    return general ? null : afterRun.slice(0, QUOTE_LENGTH);
  }
  let before = plain(beforeText);
  const trailing = () => said.find((w) => before.endsWith(w)) ?? before.match(FILLER_END)?.[0];
  for (let cut = trailing(); cut; cut = trailing()) before = before.slice(0, -cut.length);
  const beforeRun = before.match(/\p{Script=Han}+$/u)?.[0];
  if (!beforeRun || nouns.some((n) => beforeRun.endsWith(n)) || verbs.some((v) => beforeRun.startsWith(v))) return null;
  return beforeRun.slice(-QUOTE_LENGTH);
}

// The figure of the list item before: from its number on.
const FIGURE_ON = /[\d.]+[^\d]*$/u;

/**
 * The noun a figure's own words give it when that noun names something of its own, or null
 * when they give none or only a noun of reach (content/indicators.yaml `reach`). A noun of
 * its own right after the measure word comes first (`12人被评为市级劳动模范`, `3位副主席`); else
 * the words right before the figure, once words of kind, action, taking part and reach are
 * taken off their end; a verb of reach at their start says whom it reached (`覆盖职工1130人次`,
 * `县总工会投入32.7万元`, `服务农民工…` name none of their own). A list item with no words of its
 * own has those of the item before it (`…工人先锋号20个、300个`).
 */
export function ownNoun(evidence: Evidence, taxonomy: Taxonomy): string | null {
  const before = itemBefore(evidence.before, evidence.listItem);
  const after = evidence.after.split(ITEM_END)[0]!;
  if (!evidence.listItem || /\p{Script=Han}/u.test(before + after)) return nounOfWords(before, after, taxonomy);
  const earlier = evidence.clause.text.slice(0, evidence.clause.at - evidence.before.length).replace(FIGURE_ON, '');
  return nounOfWords(earlier.slice(earlier.lastIndexOf('、') + 1), '', taxonomy);
}

/** The grade of a figure's match (its winner's evidence read against STRENGTH_CASES), or null when no indicator won. */
export function gradeMatch(explanation: MatchExplanation, evidence: Evidence, taxonomy: Taxonomy): Grade | null {
  const won = explanation.verdicts[0];
  if (!explanation.winner || !won || won.verdict.score === null) return null;
  const { noun, topic } = won.verdict;
  // Only the cases for words away from the figure read its own noun.
  const away = noun === null && topic !== null && topic.level !== 'clause';
  return gradeReading({
    noun,
    topic,
    takingPart: hasWord(evidence.item, taxonomy.vocabulary.takingPart),
    ownNoun: away ? ownNoun(evidence, taxonomy) : null,
  });
}

/** The first of STRENGTH_CASES that applies to a reading. */
export function gradeReading(reading: MatchReading): Grade {
  const found = STRENGTH_CASES.find((c) => c.applies(reading))!;
  return { strength: found.strength, case: found.name, reason: found.reason(reading), zh: found.zh(reading) };
}
