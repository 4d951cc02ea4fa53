import type { Indicator } from '../../src/contracts/indicator.ts';
import type { Fact } from './fact.ts';

const has = (text: string, words: string[] | undefined) => words !== undefined && words.some((w) => text.includes(w));

function meets(indicator: Indicator, fact: Pick<Fact, 'unit' | 'what'>, context: string): boolean {
  const { what, context: near, not } = indicator.match;
  return (
    indicator.units.includes(fact.unit) &&
    (what === undefined || has(fact.what, what)) &&
    (near === undefined || has(context, near)) &&
    !has(context, not) &&
    !has(fact.what, not)
  );
}

/**
 * The indicator a fact counts for, or null. `contexts` go from narrow to wide (the
 * fact's clause first); the first context in which some indicator's rules hold decides,
 * and within it the first such indicator of the taxonomy, so evidence next to the number
 * outweighs words further away in the sentence.
 */
export function matchIndicator(fact: Pick<Fact, 'unit' | 'what'>, contexts: string[], taxonomy: Indicator[]): string | null {
  for (const context of contexts) {
    const found = taxonomy.find((indicator) => meets(indicator, fact, context));
    if (found) return found.id;
  }
  return null;
}
