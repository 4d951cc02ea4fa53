import { splitDamaged, unfence } from '../../src/contracts/damage.ts';
import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import { foldPunctuation } from '../../src/contracts/punctuation.ts';
import type { CleanReport } from '../ingest/clean.ts';
import { brokenWordRest, completionWords } from './cut-short.ts';
import { type Evidence, evidenceFor, ITEM_END, REACH } from './evidence.ts';
import type { ExtractedFact } from './extracted-fact.ts';
import { findWords, hasWord } from './find-words.ts';
import { fromAsOf, kindAndActionWords, readKind } from './kind.ts';
import { actionsIn } from './match-indicator.ts';
import { type Doubt, findQuantities, type Quantity } from './quantities.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import type { Taxonomy } from './taxonomy.ts';
import { themeOf } from './theme.ts';
import { whatOf } from './what.ts';

function factId(report: string, n: number): string {
  return `${report}-f${String(n).padStart(3, '0')}`;
}

/** The measure words' classes, to tell whether two figures count the same sort of thing. */
function classesOf(taxonomy: Taxonomy): (unit: string) => Set<string> {
  const byUnit = new Map<string, Set<string>>();
  for (const [name, c] of Object.entries(taxonomy.vocabulary.unitClasses)) {
    for (const u of c.units) byUnit.set(u, (byUnit.get(u) ?? new Set()).add(name));
  }
  return (unit) => byUnit.get(unit) ?? new Set([unit]);
}

const NEW_TOTAL = /累计|总数|共有|现有/u;
// `这4100名会员`, `上述3家`: a figure said again, pointing back to where it was first given.
const POINTING_BACK = /(?:这|该|上述|以上|此|前述)$/u;

// Words that set where or since when a total counts, not what it counts.
const SCOPE = /全(?:省|市|县|区|镇|旗|乡|州|盟|国|街道)|园区|辖区|街道|\d{4}年的?|年底|年末|以来|[共已至底为]|[\s“”‘’"、等达到约近超逾多余计]/gu;

/** Whether a figure's own words name no noun (`全区累计建成126个`, `总数达到186家`): it counts the previous one's. */
function nounless(evidence: Evidence, markers: string[]): boolean {
  const strip = (text: string) => {
    let rest = text;
    for (const hit of findWords(text, markers).reverse()) rest = rest.slice(0, hit.start) + rest.slice(hit.end);
    return rest.replace(SCOPE, '');
  };
  return !/\p{Script=Han}/u.test(strip(evidence.before)) && !/\p{Script=Han}/u.test(strip(evidence.after.split(/[、,]/u)[0]!));
}

// A fact quotes its whole sentence up to this length; a longer one (an endless run without a
// full stop) is quoted around the figure, so the data grows with a report, not with the
// square of a sentence.
const WHOLE_SENTENCE = 400;
const AROUND_FIGURE = 100;

/** The sentence a fact stands in, as the source prints it; an overlong one cut around the figure, the cuts marked `…`. */
/** A sentence as the copy writes it: without the rest of a word the copy broke off (cut-short.ts). */
function asCopied(sentence: Sentence, text: string): Sentence {
  return sentence.end <= text.length ? sentence : { start: sentence.start, end: text.length, text: text.slice(sentence.start) };
}

function quoted(text: string, sentence: Sentence, q: Quantity): string {
  if (sentence.end - sentence.start <= WHOLE_SENTENCE) return unfence(sentence.text).trim();
  const from = Math.max(sentence.start, q.start - AROUND_FIGURE);
  const to = Math.min(sentence.end, q.end + AROUND_FIGURE);
  return `${from > sentence.start ? '…' : ''}${unfence(text.slice(from, to)).trim()}${to < sentence.end ? '…' : ''}`;
}

/** What a reader is told of a number that reads as one but counts nothing. */
const DOUBTS: Record<Doubt, (text: string) => string> = {
  vague: (text) => `原文只说“${text}”,是个约数,没有确切数字;数值未知`,
  negative: (text) => `原文写作负数(“${text}”):数量不会是负的,可能是笔误,也可能说的是减少了多少;数值未知`,
  'too-large': (text) =>
    `原文的数大于十万亿(“${[...text].length > 24 ? `${[...text].slice(0, 24).join('')}…` : text}”),不像统计数字,可能是编号或几行连在一起;数值未知`,
};

/** Index of the first quantity starting at or after `at` (they are in document order). */
function firstAtOrAfter(quantities: Quantity[], at: number): number {
  let [lo, hi] = [0, quantities.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quantities[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sentence's figures of one unit class so far, in order, with what the look-backs ask of them. */
interface ClassFigures {
  all: ExtractedFact[];
  /** The last one whose clause names a set (`申报…`), which a selection refers to. */
  lastSet: ExtractedFact | undefined;
  /** The last one of each value, which a figure said again (`这4100名`) points back to. */
  lastOfValue: Map<number | null, ExtractedFact>;
}

/**
 * The figures of the current sentence by unit class, so that finding the nearest earlier one
 * of a class never reads the whole sentence: a sentence may list thousands of figures.
 */
function sentenceFigures(classes: (unit: string) => Set<string>, setWords: readonly string[] | undefined) {
  let byClass = new Map<string, ClassFigures>();
  const latest = (found: Array<ExtractedFact | undefined>) =>
    found.reduce<ExtractedFact | undefined>((a, b) => (b && (!a || b.position.start > a.position.start) ? b : a), undefined);
  const of = (sameClass: string[]) => sameClass.flatMap((c) => byClass.get(c) ?? []);
  return {
    /** A new sentence starts: no figure before it is looked back to. */
    reset() {
      byClass = new Map();
    },
    add(e: ExtractedFact) {
      const set = hasWord(e.evidence.clause.text, setWords);
      for (const c of classes(e.fact.unit)) {
        let figures = byClass.get(c);
        if (!figures) byClass.set(c, (figures = { all: [], lastSet: undefined, lastOfValue: new Map() }));
        figures.all.push(e);
        if (set) figures.lastSet = e;
        figures.lastOfValue.set(e.fact.value, e);
      }
    },
    /** The nearest of these classes that ends by `before`. */
    before(sameClass: string[], before: number): ExtractedFact | undefined {
      return latest(
        of(sameClass).map(({ all }) => {
          let [lo, hi] = [0, all.length];
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (all[mid]!.position.end <= before) lo = mid + 1;
            else hi = mid;
          }
          return all[lo - 1];
        }),
      );
    },
    /** The nearest of these classes whose clause names a set. */
    set: (sameClass: string[]) => latest(of(sameClass).map((f) => f.lastSet)),
    /** The nearest of these classes with this value. */
    ofValue: (sameClass: string[], value: number | null) => latest(of(sameClass).map((f) => f.lastOfValue.get(value))),
  };
}

/** The stretch of sentence from the last semicolon up to `at`: what a 其中 governs. */
function segmentBefore(reading: string, sentenceStart: number, at: number): string {
  const head = reading.slice(Math.max(sentenceStart, at - REACH), at);
  return head.slice(head.lastIndexOf(';') + 1);
}

/**
 * Every quantity in the body of a cleaned report as a fact (design.md §3), in document
 * order, with the evidence the indicator rules read; `indicator` is left null for them.
 * Every rule reads the folded punctuation; `text` and `sentence` keep the source's own.
 */
export function extractFacts(entry: CatalogEntry, report: CleanReport, taxonomy: Taxonomy): ExtractedFact[] {
  const { parts, sums } = taxonomy.vocabulary;
  const markers = [...kindAndActionWords(taxonomy.vocabulary), ...parts.part, ...sums.breakdown];
  const classes = classesOf(taxonomy);
  const out: ExtractedFact[] = [];
  let section: string | null = null;
  let subsection: string | null = null;

  // A copy cut short may end mid-word: the rules read the last paragraph with the word it began.
  const last = report.blocks.findLastIndex((b) => b.kind === 'paragraph');
  report.blocks.forEach((block, blockIndex) => {
    if (block.kind === 'heading') {
      if (block.level === 2) [section, subsection] = [foldPunctuation(block.text), null];
      else subsection = foldPunctuation(block.text);
      return;
    }
    const rest = blockIndex === last ? brokenWordRest(foldPunctuation(block.text), completionWords(taxonomy)) : '';
    const reading = foldPunctuation(block.text) + rest;
    const sentences = splitSentences(block.text + rest);
    const quantities = findQuantities(reading);
    const headings = [subsection, section].filter((h): h is string => h !== null);
    const inBlock: ExtractedFact[] = [];
    const inSentence = sentenceFigures(classes, parts.set);
    let sentenceIndex = 0;
    // A word that opens a total's breakdown (`…40家,分别为省级8家、市级32家`) makes the figures
    // after it parts, like 其中, when it follows that total's own clause: a 分别为 further on
    // gives the figures of something else (`参加职工和家属分别为320人、150人`).
    const breakdownCue = (governing: string, at: number, sameClass: string[]) => {
      const hit = findWords(governing, sums.breakdown).at(-1);
      if (!hit) return undefined;
      const cueAt = at - governing.length + hit.start;
      const total = inSentence.before(sameClass, cueAt);
      return total && reading.slice(total.position.end, cueAt).split(',').length <= 2 ? hit : undefined;
    };

    quantities.forEach((q: Quantity, k) => {
      if (sentences[sentenceIndex]!.end <= q.start) inSentence.reset();
      while (sentences[sentenceIndex]!.end <= q.start) sentenceIndex++;
      const sentence = sentences[sentenceIndex]!;
      const previous = quantities[k - 1];
      const next = quantities[k + 1];
      const evidence = evidenceFor(
        reading,
        sentences,
        sentenceIndex,
        { start: q.start, end: q.end, previousEnd: previous?.end ?? 0, nextStart: next?.start ?? reading.length },
        headings,
        (from, to) => {
          const own = classes(q.unit);
          const out: number[] = [];
          for (let i = firstAtOrAfter(quantities, from); i < quantities.length && quantities[i]!.start < to; i++) {
            const o = quantities[i]!;
            if (o !== q && [...classes(o.unit)].some((c) => own.has(c))) out.push(o.start);
          }
          return out;
        },
      );
      // A part after 其中, or a selection from a set, refers to the nearest earlier figure
      // of its sentence that counts the same sort of thing.
      const governing = segmentBefore(reading, sentence.start, q.start);
      // A 其中 governs the clauses after it until one starts a total of its own (`全镇…累计达到`).
      const partHit = findWords(governing, parts.part).at(-1);
      const sameClass = [...classes(q.unit)];
      const partWord =
        partHit && !NEW_TOTAL.test(governing.slice(partHit.end)) ? partHit : breakdownCue(governing, q.start, sameClass);
      const clauseBefore = evidence.clause.text.slice(0, evidence.clause.at);
      // A part's own kind is read after its 其中: a `现有` before it tells the whole's (`园区现有企业…,
      // 新发展会员2.1万人,其中青年职工1.6万人` counts new members, not a standing total).
      const own = readKind(
        q.unit,
        {
          since: evidence.before,
          clause: clauseBefore,
          segment: partWord ? governing.slice(partWord.end) : governing,
          after: evidence.after.split(ITEM_END)[0],
        },
        taxonomy.vocabulary,
      );
      const isSelection = !partWord && hasWord(evidence.clause.text, parts.selection);
      // A whole comes before the 其中 that divides it; a set before its selection.
      const wholeEnds = partWord ? q.start - governing.length + partWord.start : q.start;
      // The nearest earlier figure of this sentence that counts the same sort of thing (and, for
      // a selection, names a set; for a figure said again, has its value).
      const whole = partWord
        ? inSentence.before(sameClass, wholeEnds)
        : isSelection
          ? inSentence.set(sameClass)
          : POINTING_BACK.test(evidence.before)
            ? inSentence.ofValue(sameClass, q.value)
            : undefined;
      const isPart = partWord !== undefined;
      const reading_ = isPart && whole && own.marker === null ? whole.reading : own;
      const lender = isPart ? whole : nounless(evidence, markers) ? inSentence.before(sameClass, q.start) : undefined;
      if (lender) evidence.nouns.push(...lender.evidence.nouns.filter((n) => !n.borrowed).map((n) => ({ ...n, borrowed: true })));
      // Some verbs at the head of a list govern all its items (`推荐评选A1家、B1家,培养选树C5名`).
      const listed = [...actionsIn(governing, taxonomy)].filter((a) => taxonomy.vocabulary.listActions.includes(a));
      const asOf = clauseBefore.length - fromAsOf(clauseBefore, taxonomy.vocabulary).length;
      const actions = new Set([...actionsIn(evidence.clause.text.slice(asOf), taxonomy), ...listed]);
      if (isPart && whole) for (const a of whole.actions) actions.add(a);

      const damage = q.damaged ? splitDamaged(block.text.slice(Math.max(0, q.start - REACH), q.start)).at(-1)?.text : undefined;
      const id = factId(entry.id, out.length + inBlock.length + 1);
      const extracted: ExtractedFact = {
        fact: {
          id,
          report: entry.id,
          region: entry.region.id,
          text: block.text.slice(q.start, q.end),
          value: q.value,
          unit: q.unit,
          qualifier: q.qualifier,
          kind: reading_.kind,
          perYear: null,
          what: whatOf(reading, q.start, q.end, previous?.end ?? 0),
          sentence: quoted(block.text, asCopied(sentence, block.text), q),
          section: subsection ?? section,
          theme: themeOf({
            local: evidence.clause.text,
            sentence: evidence.sentence.text,
            paragraph: reading.slice(Math.max(0, q.start - 2 * REACH), q.end + 2 * REACH),
            headings,
          }, taxonomy.themes),
          indicator: null,
          candidate: null,
          candidateReason: null,
          uncertain: q.damaged || q.doubt !== null,
          uncertainReason: q.damaged
            ? `原文在数字前乱码(“${damage ?? '?'}”),可能吞掉了数字的前几位;数值未知`
            : q.doubt && DOUBTS[q.doubt](block.text.slice(q.start, q.end)),
          url: `/reports/${entry.id}/#${id}`,
          review: null,
        },
        position: { block: blockIndex, start: q.start, end: q.end },
        evidence,
        reading: reading_,
        actions,
        partOf: whole?.fact.id ?? null,
      };
      inBlock.push(extracted);
      inSentence.add(extracted);
    });
    out.push(...inBlock);
  });
  return out;
}
