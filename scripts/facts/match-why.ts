import type { Evidence } from './evidence.ts';
import { explainMatch, type Figure } from './match-indicator.ts';
import type { Weight } from './match-reasons.ts';
import { gradeMatch } from './strength.ts';
import type { Taxonomy } from './taxonomy.ts';

/**
 * Why a figure went where it went: the rule that set it aside; or the winner's evidence, the
 * weights of its score, how strong it is, and the next indicators' scores and weights; or,
 * where none fits, why the indicators of its measure word lost. `npm run explain` prints it
 * for every figure, `npm run review` beside the one in hand.
 */
export function whyLines(figure: Figure, evidence: Evidence, taxonomy: Taxonomy): string[] {
  const explanation = explainMatch(figure, evidence, taxonomy);
  if (explanation.notComparable) return [`set aside: ${explanation.notComparable}`];
  const scored = explanation.verdicts.filter((v) => v.verdict.score !== null);
  // The indicators that came nearest: those ruled out at the latest check.
  const check = (v: (typeof explanation.verdicts)[number]) => ('check' in v.verdict ? v.verdict.check : 0);
  const lost = explanation.verdicts.filter((v) => check(v) > 1).sort((a, b) => check(b) - check(a));
  const line = (v: (typeof explanation.verdicts)[number]) =>
    `${v.indicator.id}${v.verdict.score === null ? '' : ` ${Math.round(v.verdict.score)}`}: ${v.verdict.why}`;
  const weights = (v: (typeof explanation.verdicts)[number]) => ('weights' in v.verdict ? v.verdict.weights.map(weightLine) : []);
  if (scored.length > 0) {
    const grade = gradeMatch(explanation, evidence, taxonomy)!;
    const strength = `${grade.strength === 'weak' ? 'weak, not charted' : 'strong'} (${grade.case}): ${grade.reason}`;
    return [
      `won  ${line(scored[0]!)}`,
      ...weights(scored[0]!),
      `     ${strength}`,
      ...scored.slice(1, 3).flatMap((v) => [`next ${line(v)}`, ...weights(v)]),
    ];
  }
  return lost.slice(0, 3).map((v) => `lost ${line(v)}`);
}

/** One weight of a score as explain prints it, under its indicator's line: `+70 about-clause: its activity word …`. */
export function weightLine(w: Weight): string {
  const amount = Number(w.amount.toFixed(3));
  return `     ${amount >= 0 ? '+' : ''}${amount} ${w.name}: ${w.why}`;
}
