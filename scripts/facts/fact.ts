export type { Fact, Kind, Qualifier, Theme } from '../../src/contracts/fact.ts';

/** Where a fact stands in the cleaned report, so the MDX writer can mark it in place. */
export interface FactPosition {
  block: number;
  start: number;
  end: number;
}
