import { DAMAGE_CLOSE, DAMAGE_OPEN } from '../../src/lib/damage.ts';
import type { CatalogEntry } from '../ingest/catalog.ts';
import type { CleanReport } from '../ingest/clean.ts';
import type { Fact, FactPosition } from './fact.ts';
import { isPerYear, kindOf } from './kind.ts';
import { findQuantities } from './quantities.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import { themeOf } from './theme.ts';
import { whatOf } from './what.ts';

export interface ExtractedFact {
  fact: Fact;
  position: FactPosition;
}

const DAMAGED_SPAN = new RegExp(`${DAMAGE_OPEN}([^${DAMAGE_CLOSE}]*)${DAMAGE_CLOSE}`, 'gu');

function plain(text: string): string {
  return text.replace(DAMAGED_SPAN, '$1');
}

const CLAUSE_END = /[,,;;。!?!?]/u;

/** The clause of a sentence that holds a quantity, between the commas or semicolons around it. */
function clauseAround(text: string, sentence: Sentence, start: number, end: number): string {
  let from = start;
  while (from > sentence.start && !CLAUSE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < sentence.end && !CLAUSE_END.test(text[to]!)) to++;
  return text.slice(from, to);
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
    for (const q of findQuantities(block.text)) {
      const sentence = sentences.find((s) => q.start >= s.start && q.start < s.end)!;
      const at = q.start - sentence.start;
      const what = whatOf(block.text, q.start, q.end, previousEnd);
      const kind = kindOf(q, sentence.text, at);
      const headings = [subsection, section].filter((h): h is string => h !== null);
      const local = clauseAround(block.text, sentence, q.start, q.end);
      const damage = q.damaged ? /\ue000([^\ue001]*)\ue001$/u.exec(block.text.slice(0, q.start))?.[1] : undefined;
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
          sentence: plain(sentence.text).trim(),
          section: subsection ?? section,
          theme: themeOf({ local: plain(local), sentence: plain(sentence.text), paragraph: plain(block.text), headings }),
          indicator: null,
          uncertain: q.damaged,
          uncertainReason: q.damaged
            ? `原文在数字前乱码(“${damage ?? '?'}”),可能吞掉了数字的前几位;数值未知`
            : null,
          url: `/reports/${entry.id}/#${id}`,
        },
        position: { block: blockIndex, start: q.start, end: q.end },
      });
      previousEnd = q.end;
    }
  });
  return out;
}
