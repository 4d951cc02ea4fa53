import type { IndicatorValue, MachineValue, ValueReview } from '../../src/contracts/indicator.ts';
import type { Fact } from '../facts/fact.ts';

const key = (v: MachineValue) => `${v.indicator}\u0000${v.report}`;

/**
 * The published indicator values: those computed from the reviewed facts, each saying whether
 * an editor checked it. Corrected when any figure it adds, or any the machine added and an
 * editor took away, was corrected; confirmed when an editor confirmed every figure it adds
 * and took none away; otherwise the machine's reading alone. `machineValue` is what the rules
 * gave for the same indicator and report.
 */
export function publishedValues(machine: readonly MachineValue[], reviewed: readonly MachineValue[], facts: readonly Fact[]): IndicatorValue[] {
  const byKey = new Map(machine.map((v) => [key(v), v]));
  const byId = new Map(facts.map((f) => [f.id, f]));
  return reviewed.map((value) => {
    const before = byKey.get(key(value));
    const touched = [...new Set([...value.facts, ...(before?.facts ?? [])])].flatMap((id) => byId.get(id)?.review ?? []);
    const corrections = touched.filter((r) => r.decision !== 'confirmed');
    const confirmed = corrections.length === 0 && value.facts.every((id) => byId.get(id)?.review?.decision === 'confirmed');
    const status: ValueReview['status'] | null = corrections.length > 0 ? 'corrected' : confirmed ? 'confirmed' : null;
    const review: ValueReview | null = status && {
      status,
      date: touched.map((r) => r.date).sort().at(-1)!,
      reasons: [...new Set(corrections.flatMap((r) => r.reason ?? []))],
    };
    return { ...value, review, machineValue: before?.value ?? null };
  });
}
