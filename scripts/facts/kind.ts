import type { Quantity } from './quantities.ts';

export type Kind = 'flow' | 'stock' | 'rate' | 'per-unit';

const PER_UNIT = /(?:每|人均|户均|年均|月均)(?:人|户|名|家|个|月|年|次|场|期|周|天)?$/u;
const STOCK = /已建立|已建成|已建|现有|共有|拥有|目前|总数|规模达|扩充至|增至|保持在|会员(?:总数)?达?$|会员$/u;
const CLAUSE_START = /[,,;;。:]/gu;

/** The clause before a quantity: from the last comma, semicolon or full stop up to it. */
export function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  let start = 0;
  for (const m of head.matchAll(CLAUSE_START)) start = m.index + 1;
  return head.slice(start);
}

/**
 * Whether a quantity counts what was done in the period (flow), a standing total
 * (stock), a share (rate), or an amount per person or per year (per-unit).
 */
export function kindOf(quantity: Quantity, sentence: string, at: number): Kind {
  if (quantity.unit === '%') return 'rate';
  const clause = clauseBefore(sentence, at);
  if (PER_UNIT.test(clause) || /^(?:年|每年)/u.test(clause)) return 'per-unit';
  if (STOCK.test(clause) || STOCK.test(sentence.slice(0, at).split(/[。;;]/u).at(-1) ?? '')) return 'stock';
  return 'flow';
}

/** A per-unit quantity counted per year (`每年`, `年接待`) is already a per-year figure. */
export function isPerYear(sentence: string, at: number): boolean {
  return /(?:每年|年均|^年)/u.test(clauseBefore(sentence, at));
}
