import type { BarDatum } from '../../charts/bar-chart.ts';
import type { HeatmapRow } from '../../charts/heatmap.ts';
import type { PairedRow } from '../../charts/paired-bars.ts';
import type { TimeSpan } from '../../charts/time-chart.ts';

/** Up to this many names a summary lists in one group; beyond, it counts the rest. */
const NAMED = 6;

function names(list: readonly string[]): string {
  const unique = [...new Set(list)];
  return unique.length > NAMED ? `${unique.slice(0, NAMED).join('、')}等${unique.length}个` : unique.join('、');
}

/**
 * What a bar chart shows, in words, as the chart's accessible description and the line
 * beside it: the largest and smallest figures of the view, the ones between, and the
 * reports that give no figure (`未提及`) or none that can be drawn.
 */
export function barSummary(rows: readonly BarDatum[], view: string): string {
  const drawn = rows.filter((r) => r.value !== null).toSorted((a, b) => b.value! - a.value!);
  const missing = rows.filter((r) => r.value === null);
  const parts: string[] = [];
  if (drawn.length === 0) parts.push('没有可画的数字');
  else if (drawn.length === 1) parts.push(`只有${drawn[0]!.name}（${drawn[0]!.label}）`);
  else {
    const [top, bottom] = [drawn[0]!, drawn.at(-1)!];
    parts.push(top.value === bottom.value ? `${names(drawn.map((r) => r.name))}相同（${top.label}）` : `${top.name}最高（${top.label}），${bottom.name}最低（${bottom.label}）`);
    if (drawn.length > 2 && top.value !== bottom.value) parts.push(`${names(drawn.slice(1, -1).map((r) => r.name))}居中`);
  }
  const byLabel = Map.groupBy(missing, (r) => r.label);
  for (const [label, group] of byLabel) parts.push(`${label}：${names(group.map((r) => r.name))}`);
  return `按${view}：${parts.join('；')}。`;
}

/**
 * A pair chart in words: which side is larger in each row, and that each row is scaled on
 * its own, so rows do not compare with one another.
 */
export function pairSummary(rows: readonly PairedRow[], view: string): string {
  if (rows.length === 0) return `按${view}：两地没有共同报告的指标。`;
  const [a, b] = rows[0]!.sides.map((s) => s.name);
  const counts = { a: 0, b: 0, same: 0 };
  const lines = rows.map((row) => {
    const [x, y] = row.sides;
    const relation = x.value === y.value ? '持平' : x.value > y.value ? `${x.name}较大` : `${y.name}较大`;
    counts[x.value === y.value ? 'same' : x.value > y.value ? 'a' : 'b'] += 1;
    return `${row.title}（${row.basis}）${x.name}${x.label}、${y.name}${y.label}，${relation}`;
  });
  const tally = `${rows.length}项共同指标中，${a}较大${counts.a}项，${b}较大${counts.b}项${counts.same > 0 ? `，持平${counts.same}项` : ''}`;
  return `按${view}：${tally}。${lines.join('；')}。每行按本行较大的数字定长，行与行之间不可比。`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A theme chart in words: each report's largest theme, and each theme's report with the largest share. */
export function heatmapSummary(rows: readonly HeatmapRow[], columns: readonly string[], view: string): string {
  if (rows.length === 0) return `${view}：没有报告。`;
  const leading = rows.map((row) => {
    const i = row.shares.indexOf(Math.max(...row.shares));
    return `${row.name}${columns[i]}（${percent(row.shares[i]!)}）`;
  });
  const strongest = columns.map((column, i) => {
    const top = rows.reduce((best, row) => ((row.shares[i] ?? 0) > (best.shares[i] ?? 0) ? row : best));
    return (top.shares[i] ?? 0) > 0 ? `${column}${top.name}最高（${percent(top.shares[i]!)}）` : `${column}各报告均无`;
  });
  return `${view}：各报告占比最大的主题为${leading.join('、')}。各主题中，${strongest.join('；')}。`;
}

/** The years a span stands for, as a reader writes them: `2018–2022年`, `2025年`, `截至2023年` for a standing total. */
function spanYears(span: TimeSpan): string {
  if (span.stock) return `截至${span.from}年`;
  return span.until - span.from > 1 ? `${span.from}–${span.until - 1}年` : `${span.from}年`;
}

/** A region's time chart in words: each report's figure in time order, over the years it stands for. */
export function timeSummary(spans: readonly TimeSpan[], view: string): string {
  const parts = spans.toSorted((a, b) => a.from - b.from || a.until - b.until).map((s) => `${spanYears(s)}${s.label}`);
  return `按${view}：${parts.join('；')}。`;
}
