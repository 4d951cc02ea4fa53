import type { Kind } from '../../src/contracts/fact.ts';
import type { Quantity } from './quantities.ts';

const PER_UNIT = /(?:每|人均|户均|月均)(?:人|户|名|家|个|月|次|场|期|周|天)/u;
const PER_YEAR = /每年|年均|^年/u;
const STOCK = /已建立|已建成|已建|现有|共有|拥有|目前|总数|规模达|扩充至|增至|保持在|会员(?:总数)?达|会员$/u;
// Verbs of doing something in the period: their quantity is a flow even beside a stock word (`新增会员`).
const FLOW = /新增|新建|新发展|发展|吸纳|开展|举办|完成|累计|培育|办理/u;
const CLAUSE_START = /[,,;;。:]/gu;

/** The clause before a quantity: from the last comma, semicolon or full stop up to it. */
export function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  let start = 0;
  for (const m of head.matchAll(CLAUSE_START)) start = m.index + 1;
  return head.slice(start);
}

/** The sentence up to a quantity, from its last semicolon: the stretch a 每年 or 已建立 governs. */
function governing(sentence: string, at: number): string {
  return sentence.slice(0, at).split(/[;;]/u).at(-1) ?? '';
}

/** A per-unit quantity counted per year (`每年`, `年接待`) is already a per-year figure. */
export function isPerYear(sentence: string, at: number): boolean {
  return PER_YEAR.test(clauseBefore(sentence, at)) || governing(sentence, at).includes('每年');
}

/**
 * Whether a quantity counts what was done in the period (flow), a standing total
 * (stock), a share (rate), or an amount per person, month or year (per-unit).
 * A clause opened by 其中 ("of which") takes the kind of the quantity it divides.
 */
export function kindOf(quantity: Quantity, sentence: string, at: number, previous: Kind | null): Kind {
  if (quantity.unit === '%') return 'rate';
  const clause = clauseBefore(sentence, at);
  if (clause.startsWith('其中') && previous) return previous;
  if (PER_UNIT.test(clause) || isPerYear(sentence, at)) return 'per-unit';
  if (FLOW.test(clause)) return 'flow';
  if (STOCK.test(clause) || STOCK.test(governing(sentence, at))) return 'stock';
  return 'flow';
}
