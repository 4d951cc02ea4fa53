import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that take minutes, each more than the other worker's share of the rest: the kill test
 * alone runs twenty builds. Vitest starts the longest files first once it has timings from an
 * earlier run, but a clean clone (CI) has none and orders by file size, which could start this
 * one last and make the suite half as long again.
 */
const LONGEST = ['tests/build/bad-input.test.ts'];

/** Vitest's own order, with LONGEST first. */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const at = LONGEST.findIndex((path) => spec.moduleId.endsWith(`/${path}`));
      return at === -1 ? LONGEST.length : at;
    };
    // Array.prototype.sort is stable: the rest keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
