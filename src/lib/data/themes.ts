import { THEMES, type Fact, type Theme } from '../../contracts/fact.ts';

/** Themes some fact belongs to, in the taxonomy's order: the ones that get a page. */
export function themesWithFacts(facts: Fact[]): Theme[] {
  return THEMES.filter((t) => facts.some((f) => f.theme === t));
}
