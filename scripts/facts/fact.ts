import type { Kind } from './kind.ts';
import type { Qualifier } from './numbers.ts';
import type { Theme } from './theme.ts';

/** One quantitative fact of a report: the contract of design.md §3. */
export interface Fact {
  id: string;
  report: string;
  region: string;
  text: string;
  value: number | null;
  unit: string;
  qualifier: Qualifier;
  kind: Kind;
  perYear: number | null;
  what: string;
  sentence: string;
  section: string | null;
  theme: Theme;
  indicator: string | null;
  uncertain: boolean;
  uncertainReason: string | null;
  url: string;
}

/** Where a fact stands in the cleaned report, so the MDX writer can mark it in place. */
export interface FactPosition {
  block: number;
  start: number;
  end: number;
}
