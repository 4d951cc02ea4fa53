import { type BarDatum, barChart } from './bar-chart.ts';
import { type HeatmapRow, heatmap } from './heatmap.ts';
import { type PairedRow, pairedBars } from './paired-bars.ts';
import type { ScaleKind } from './value-scale.ts';

/**
 * A chart as data. A page draws its default view on the server and leaves the others to
 * the reader's browser, which draws them from this with the same functions: both give
 * the same SVG, and the page carries a view's rows instead of its drawing at two widths.
 */
export type ChartSpec =
  | { kind: 'bars'; id: string; title: string; scale: ScaleKind; rows: BarDatum[] }
  | { kind: 'paired'; id: string; title: string; rows: PairedRow[] }
  | { kind: 'heatmap'; id: string; title: string; columns: string[]; shortColumns?: string[]; rows: HeatmapRow[] };

/** A chart on a page is drawn twice: for a column (720) and for a phone (360); CSS shows one. */
export const PAGE_WIDTHS = { wide: 720, narrow: 360 } as const;

export function drawChart(spec: ChartSpec, width: number): string {
  const options = { id: `${spec.id}-${width}`, title: spec.title, width };
  switch (spec.kind) {
    case 'bars':
      return barChart(spec.rows, { ...options, scale: spec.scale });
    case 'paired':
      return pairedBars(spec.rows, options);
    case 'heatmap':
      return heatmap(spec.rows, { ...options, columns: spec.columns, shortColumns: spec.shortColumns });
  }
}

type Packed<S> = S extends ChartSpec ? Omit<S, 'rows'> & { rows: number } : never;

/** Several views' specs for one page, each set of rows written once (a linear and a log view share theirs). */
export interface PackedSpecs {
  rows: unknown[][];
  views: Record<string, Packed<ChartSpec>>;
}

export function packSpecs(specs: Record<string, ChartSpec>): PackedSpecs {
  const rows: unknown[][] = [];
  const seen = new Map<string, number>();
  const views: PackedSpecs['views'] = {};
  for (const [view, spec] of Object.entries(specs)) {
    const key = JSON.stringify(spec.rows);
    if (!seen.has(key)) seen.set(key, rows.push(spec.rows) - 1);
    views[view] = { ...spec, rows: seen.get(key)! } as Packed<ChartSpec>;
  }
  return { rows, views };
}

/** What a chart figure carries for the views it leaves to the browser: their specs and their download footers. */
export type FigureSpecs = PackedSpecs & { footers: Record<string, string[]> };

/** One view's spec back from a page's packed specs; none for a view the page does not have. */
export function unpackSpec(packed: PackedSpecs, view: string): ChartSpec | null {
  const spec = Object.hasOwn(packed.views, view) ? packed.views[view] : undefined;
  const rows = spec ? packed.rows[spec.rows] : undefined;
  return spec && rows ? ({ ...spec, rows } as ChartSpec) : null;
}

/** JSON for a `<script type="application/json">`: `<` escaped, so no text in it can close the element. */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
