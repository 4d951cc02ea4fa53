import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import { splitDamaged, unfence } from '../../src/contracts/damage.ts';
import { REACH } from './evidence.ts';
import type { Fact } from './fact.ts';
import type { KindReading } from './kind.ts';
import type { FigureAt } from './paragraph.ts';
import type { Doubt, Quantity } from './quantities.ts';
import type { Sentence } from './sentences.ts';
import type { Taxonomy } from './taxonomy.ts';
import { themeOf } from './theme.ts';
import { whatOf } from './what.ts';

// A fact quotes its whole sentence up to this length; a longer one (an endless run without a
// full stop) is quoted around the figure, so the data grows with a report, not with the
// square of a sentence.
const WHOLE_SENTENCE = 400;
const AROUND_FIGURE = 100;

/** The sentence a fact stands in, as the source prints it; an overlong one cut around the figure, the cuts marked `…`. */
export function quotedSentence(text: string, sentence: Sentence, q: Quantity): string {
  // As the copy writes it: without the rest of a word the copy broke off (cut-short.ts).
  const end = Math.min(sentence.end, text.length);
  if (end - sentence.start <= WHOLE_SENTENCE) return unfence(text.slice(sentence.start, end)).trim();
  const from = Math.max(sentence.start, q.start - AROUND_FIGURE);
  const to = Math.min(end, q.end + AROUND_FIGURE);
  return `${from > sentence.start ? '…' : ''}${unfence(text.slice(from, to)).trim()}${to < end ? '…' : ''}`;
}

/** What a reader is told of a number that reads as one but counts nothing. */
const DOUBTS: Record<Doubt, (text: string) => string> = {
  vague: (text) => `原文只说“${text}”,是个约数,没有确切数字;数值未知`,
  negative: (text) => `原文写作负数(“${text}”):数量不会是负的,可能是笔误,也可能说的是减少了多少;数值未知`,
  'too-large': (text) =>
    `原文的数大于十万亿(“${[...text].length > 24 ? `${[...text].slice(0, 24).join('')}…` : text}”),不像统计数字,可能是编号或几行连在一起;数值未知`,
};

/** Why a figure's value is unknown, as a reader is told it; null for a figure read whole. */
export function uncertainReason(text: string, q: Quantity): string | null {
  if (q.damaged) {
    const damage = splitDamaged(text.slice(Math.max(0, q.start - REACH), q.start)).at(-1)?.text;
    return `原文在数字前乱码(“${damage ?? '?'}”),可能吞掉了数字的前几位;数值未知`;
  }
  return q.doubt && DOUBTS[q.doubt](text.slice(q.start, q.end));
}

/** The `n`th figure of a report's facts, as its id and its anchor on the report's page say it. */
export function factId(report: string, n: number): string {
  return `${report}-f${String(n).padStart(3, '0')}`;
}

/**
 * The fact a reader sees of a report's `n`th figure: its text, value and unit as found, its
 * kind, what it counts, its sentence, section and theme, and why its value is unknown;
 * `indicator` is left null.
 */
export function figureFact(entry: CatalogEntry, n: number, at: FigureAt, reading: KindReading, taxonomy: Taxonomy): Fact {
  const { paragraph, k, q, sentence, headings, evidence } = at;
  const id = factId(entry.id, n);
  const reason = uncertainReason(paragraph.text, q);
  return {
    id,
    report: entry.id,
    region: entry.region.id,
    text: paragraph.text.slice(q.start, q.end),
    value: q.value,
    unit: q.unit,
    qualifier: q.qualifier,
    kind: reading.kind,
    perYear: null,
    what: whatOf(paragraph.reading, q.start, q.end, paragraph.quantities[k - 1]?.end ?? 0),
    sentence: quotedSentence(paragraph.text, sentence, q),
    section: headings[0] ?? null,
    theme: themeOf(
      {
        local: evidence.clause.text,
        sentence: evidence.sentence.text,
        paragraph: paragraph.reading.slice(Math.max(0, q.start - 2 * REACH), q.end + 2 * REACH),
        headings,
      },
      taxonomy.themes,
    ),
    indicator: null,
    candidate: null,
    candidateReason: null,
    uncertain: q.damaged || q.doubt !== null,
    uncertainReason: reason,
    url: `/reports/${entry.id}/#${id}`,
    review: null,
  };
}
