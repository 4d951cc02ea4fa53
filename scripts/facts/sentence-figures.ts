import type { ExtractedFact } from './extracted-fact.ts';
import { hasWord } from './find-words.ts';
import { countBefore } from './sorted-search.ts';
import type { Taxonomy } from './taxonomy.ts';

/** The measure words' classes, to tell whether two figures count the same sort of thing. */
export function classesOf(taxonomy: Taxonomy): (unit: string) => Set<string> {
  const byUnit = new Map<string, Set<string>>();
  for (const [name, c] of Object.entries(taxonomy.vocabulary.unitClasses)) {
    for (const u of c.units) byUnit.set(u, (byUnit.get(u) ?? new Set()).add(name));
  }
  return (unit) => byUnit.get(unit) ?? new Set([unit]);
}

/** A sentence's figures of one unit class so far, in order, with what the look-backs ask of them. */
interface ClassFigures {
  all: ExtractedFact[];
  /** The last one whose clause names a set (`申报…`), which a selection refers to. */
  lastSet: ExtractedFact | undefined;
  /** The last one of each value, which a figure said again (`这4100名`) points back to. */
  lastOfValue: Map<number | null, ExtractedFact>;
}

/** The one of `found` that starts latest. */
function latest(found: Array<ExtractedFact | undefined>): ExtractedFact | undefined {
  return found.reduce<ExtractedFact | undefined>((a, b) => (b && (!a || b.position.start > a.position.start) ? b : a), undefined);
}

/**
 * The figures of one sentence so far by unit class, so that finding the nearest earlier one
 * of a class never reads the whole sentence: a sentence may list thousands of figures. Each
 * sentence starts an empty one: no figure before it is looked back to.
 */
export type SentenceFigures = Map<string, ClassFigures>;

/** Files a figure under its unit's classes; `setWords` say its clause names a set (`申报`). */
export function addFigure(figures: SentenceFigures, e: ExtractedFact, classes: (unit: string) => Set<string>, setWords: readonly string[] | undefined): void {
  const set = hasWord(e.evidence.clause.text, setWords);
  for (const c of classes(e.fact.unit)) {
    let of = figures.get(c);
    if (!of) figures.set(c, (of = { all: [], lastSet: undefined, lastOfValue: new Map() }));
    of.all.push(e);
    if (set) of.lastSet = e;
    of.lastOfValue.set(e.fact.value, e);
  }
}

const ofClasses = (figures: SentenceFigures, sameClass: string[]) => sameClass.flatMap((c) => figures.get(c) ?? []);

/** The nearest figure of these classes that ends by `before`. */
export function figureBefore(figures: SentenceFigures, sameClass: string[], before: number): ExtractedFact | undefined {
  return latest(ofClasses(figures, sameClass).map(({ all }) => all[countBefore(all, (f) => f.position.end <= before) - 1]));
}

/** The nearest figure of these classes whose clause names a set. */
export function setFigure(figures: SentenceFigures, sameClass: string[]): ExtractedFact | undefined {
  return latest(ofClasses(figures, sameClass).map((f) => f.lastSet));
}

/** The nearest figure of these classes with this value. */
export function figureOfValue(figures: SentenceFigures, sameClass: string[], value: number | null): ExtractedFact | undefined {
  return latest(ofClasses(figures, sameClass).map((f) => f.lastOfValue.get(value)));
}
