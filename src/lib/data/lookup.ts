import type { Fact } from '../../contracts/fact.ts';
import type { IndicatorValue } from '../../contracts/indicator.ts';

// Built once per array: a large corpus looks values and facts up for every page, and a
// linear search each time makes the build grow with the square of the corpus.
const valueMaps = new WeakMap<readonly IndicatorValue[], Map<string, IndicatorValue>>();
const factMaps = new WeakMap<readonly Fact[], Map<string, Fact>>();
const reportMaps = new WeakMap<readonly IndicatorValue[], Map<string, IndicatorValue[]>>();

/** An indicator's figure in one report, if the report gives it. */
export function findValue(values: readonly IndicatorValue[], indicator: string, report: string): IndicatorValue | undefined {
  let map = valueMaps.get(values);
  if (!map) {
    map = new Map(values.map((v) => [`${v.indicator}\u0000${v.report}`, v]));
    valueMaps.set(values, map);
  }
  return map.get(`${indicator}\u0000${report}`);
}

/** The figures one report gives. */
export function valuesOf(values: readonly IndicatorValue[], report: string): IndicatorValue[] {
  let map = reportMaps.get(values);
  if (!map) {
    map = new Map();
    for (const v of values) {
      const list = map.get(v.report);
      if (list) list.push(v);
      else map.set(v.report, [v]);
    }
    reportMaps.set(values, map);
  }
  return map.get(report) ?? [];
}

export function factById(facts: readonly Fact[], id: string): Fact {
  let map = factMaps.get(facts);
  if (!map) {
    map = new Map(facts.map((f) => [f.id, f]));
    factMaps.set(facts, map);
  }
  const fact = map.get(id);
  if (!fact) throw new Error(`no fact ${id} in the facts data`);
  return fact;
}
