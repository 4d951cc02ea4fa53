import { splitDamaged, unfence } from '../../src/contracts/damage.ts';
import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { CleanReport } from '../ingest/clean.ts';
import type { Fact, FactPosition, Kind } from './fact.ts';
import { isPerYear, kindOf } from './kind.ts';
import { findQuantities } from './quantities.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import { themeOf } from './theme.ts';
import { whatOf } from './what.ts';

export interface ExtractedFact {
  fact: Fact;
  position: FactPosition;
  /**
   * What indicator rules read, narrowest first: the fact's clause, then the stretch of
   * sentence that leads up to it from the last semicolon (reports name the topic before
   * the figures; the clauses after a figure are other items of a list).
   */
  contexts: string[];
  /** Given as a part of another figure (after 其中 in the same sentence), so never summed with it. */
  part: boolean;
}

const CLAUSE_END = /[,,;;。!?!?]/u;
const SEGMENT_END = /[;;。!?!?]/u;

/** The stretch of a sentence around a quantity between two `stop` marks (commas for its clause). */
function clauseAround(text: string, sentence: Sentence, start: number, end: number, stop: RegExp): string {
  let from = start;
  while (from > sentence.start && !stop.test(text[from - 1]!)) from--;
  let to = end;
  while (to < sentence.end && !stop.test(text[to]!)) to++;
  return text.slice(from, to);
}

/**
 * From the last semicolon (or the sentence start) to the end of the quantity's clause,
 * and for money also the clause after it: an amount comes before its purpose
 * (`投入32.7万元,开展了“冬送温暖”慰问活动`).
 */
function leadUp(text: string, sentence: Sentence, start: number, end: number, withPurpose: boolean): string {
  const own = clauseAround(text, sentence, start, end, CLAUSE_END);
  const segment = clauseAround(text, sentence, start, end, SEGMENT_END);
  const ownEnd = segment.indexOf(own) + own.length;
  const next = withPurpose ? (/^[,,][^,,]*/u.exec(segment.slice(ownEnd))?.[0] ?? '') : '';
  return segment.slice(0, ownEnd) + next;
}

function factId(report: string, n: number): string {
  return `${report}-f${String(n).padStart(3, '0')}`;
}

/**
 * Every quantity in the body of a cleaned report as a fact (design.md §3), in document
 * order; `indicator` is left null for the taxonomy to fill in.
 */
export function extractFacts(entry: CatalogEntry, report: CleanReport): ExtractedFact[] {
  const out: ExtractedFact[] = [];
  let section: string | null = null;
  let subsection: string | null = null;

  report.blocks.forEach((block, blockIndex) => {
    if (block.kind === 'heading') {
      if (block.level === 2) {
        section = block.text;
        subsection = null;
      } else {
        subsection = block.text;
      }
      return;
    }
    const sentences = splitSentences(block.text);
    let previousEnd = 0;
    let previousKind: Kind | null = null;
    for (const q of findQuantities(block.text)) {
      const sentence = sentences.find((s) => q.start >= s.start && q.start < s.end)!;
      const at = q.start - sentence.start;
      const what = whatOf(block.text, q.start, q.end, previousEnd);
      const kind = kindOf(q, sentence.text, at, previousKind);
      previousKind = kind;
      const headings = [subsection, section].filter((h): h is string => h !== null);
      const contexts = [
        clauseAround(block.text, sentence, q.start, q.end, CLAUSE_END),
        leadUp(block.text, sentence, q.start, q.end, q.unit === '元'),
      ].map(unfence);
      const damage = q.damaged ? splitDamaged(block.text.slice(0, q.start)).at(-1)?.text : undefined;
      const n = out.length + 1;
      const id = factId(entry.id, n);
      out.push({
        fact: {
          id,
          report: entry.id,
          region: entry.region.id,
          text: q.text,
          value: q.value,
          unit: q.unit,
          qualifier: q.qualifier,
          kind,
          perYear:
            q.value === null ? null : kind === 'flow' ? q.value / entry.period.years : kind === 'per-unit' && isPerYear(sentence.text, at) ? q.value : null,
          what,
          sentence: unfence(sentence.text).trim(),
          section: subsection ?? section,
          theme: themeOf({ local: contexts[0]!, sentence: unfence(sentence.text), paragraph: unfence(block.text), headings }),
          indicator: null,
          uncertain: q.damaged,
          uncertainReason: q.damaged
            ? `原文在数字前乱码(“${damage ?? '?'}”),可能吞掉了数字的前几位;数值未知`
            : null,
          url: `/reports/${entry.id}/#${id}`,
        },
        position: { block: blockIndex, start: q.start, end: q.end },
        contexts,
        part: /其中/u.test(block.text.slice(sentence.start, q.start).split(/[;;]/u).at(-1)!),
      });
      previousEnd = q.end;
    }
  });
  return out;
}
