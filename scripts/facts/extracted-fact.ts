import type { Evidence } from './evidence.ts';
import type { Fact, FactPosition } from './fact.ts';
import type { KindReading } from './kind.ts';

/** A figure as extraction leaves it: its fact, where it stands, and what the indicator rules read of it. */
export interface ExtractedFact {
  fact: Fact;
  position: FactPosition;
  evidence: Evidence;
  reading: KindReading;
  /** Action classes whose words stand in the figure's clause (or in its whole's, for a part). */
  actions: ReadonlySet<string>;
  /**
   * The figure of the same sentence and unit class that this one is a part of (after 其中)
   * or a selection from (`申报1468条,294项获奖`): never added to it.
   */
  partOf: string | null;
}
