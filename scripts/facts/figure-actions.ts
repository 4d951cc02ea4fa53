import { fromAsOf } from './kind.ts';
import { actionsIn } from './match-indicator.ts';
import type { FigureAt } from './paragraph.ts';
import type { Reference } from './refers-to.ts';
import type { Taxonomy } from './taxonomy.ts';

/**
 * The action classes that govern a figure: those whose words stand in its clause (from its
 * last as-of date on, kind.ts fromAsOf), those of the verbs at the head of a list that govern
 * all its items (`推荐评选A1家、B1家,培养选树C5名`), and, for a part, its whole's.
 */
export function figureActions(at: FigureAt, { governing, partWord, whole }: Reference, taxonomy: Taxonomy): Set<string> {
  const listed = [...actionsIn(governing, taxonomy)].filter((a) => taxonomy.vocabulary.listActions.includes(a));
  const clauseBefore = at.evidence.clause.text.slice(0, at.evidence.clause.at);
  const asOf = clauseBefore.length - fromAsOf(clauseBefore, taxonomy.vocabulary).length;
  const actions = new Set([...actionsIn(at.evidence.clause.text.slice(asOf), taxonomy), ...listed]);
  if (partWord && whole) for (const a of whole.actions) actions.add(a);
  return actions;
}
