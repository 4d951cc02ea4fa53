import fc from 'fast-check';

/**
 * The seed a property run starts from: PROPERTY_SEED (with PROPERTY_PATH, to go straight
 * to the shrunk case) replays a failure, otherwise each run draws a new one, so the runs
 * of many days explore many more collections than one.
 */
export function propertySeed(): { seed: number; path?: string } {
  const given = process.env.PROPERTY_SEED;
  const seed = given === undefined || given === '' ? (Date.now() ^ (Math.random() * 0x1_0000_0000)) | 0 : Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`PROPERTY_SEED must be an integer, not "${given}"`);
  const path = process.env.PROPERTY_PATH || undefined;
  return { seed, ...(path ? { path } : {}) };
}

/** How many cases a property runs: PROPERTY_RUNS when a replay asks for more, otherwise `runs`. */
export function propertyRuns(runs: number): number {
  const given = Number(process.env.PROPERTY_RUNS);
  return Number.isSafeInteger(given) && given > 0 ? given : runs;
}

/**
 * Checks a property from the replayable seed and, on failure, throws with what replays
 * it: the seed, fast-check's path to the smallest failing case, the command, and that case
 * (what `describe` says of it, or the case itself, shortened).
 */
export function checkProperty<T>(
  property: fc.IProperty<[T]> | fc.IAsyncProperty<[T]>,
  options: { numRuns: number; testFile: string; shrink?: boolean; describe?: (value: T) => string; start?: { seed: number; path?: string } },
): Promise<void> | void {
  const { seed, path } = options.start ?? propertySeed();
  const parameters: fc.Parameters<[T]> = { seed, numRuns: options.numRuns, ...(path ? { path } : {}), endOnFailure: options.shrink === false };
  const report = (details: fc.RunDetails<[T]>) => {
    if (!details.failed) return;
    const example = details.counterexample?.[0];
    const replay = `PROPERTY_SEED=${details.seed} PROPERTY_PATH=${details.counterexamplePath ?? ''} PROPERTY_RUNS=${options.numRuns} npx vitest run ${options.testFile}`;
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      [
        `property failed after ${details.numRuns} runs: seed ${details.seed}, path "${details.counterexamplePath}"`,
        `replay: ${replay}`,
        ...(example === undefined ? [] : [options.describe ? options.describe(example) : `smallest failing case: ${fc.stringify(example).slice(0, 2000)}`]),
        error,
      ].join('\n'),
    );
  };
  const details = fc.check(property, parameters);
  return details instanceof Promise ? details.then(report) : report(details);
}
