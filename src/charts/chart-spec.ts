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
  | { kind: 'bars'; id: string; title: string; summary?: string; scale: ScaleKind; rows: BarDatum[] }
  | { kind: 'paired'; id: string; title: string; summary?: string; rows: PairedRow[] }
  | { kind: 'heatmap'; id: string; title: string; summary?: string; columns: string[]; shortColumns?: string[]; rows: HeatmapRow[] };

/**
 * A chart on a page is drawn twice, for a column and for a phone, and CSS shows the one that
 * fits without shrinking: a phone's is as wide as the text column of a 360 px screen, so its
 * 12 px labels stay 12 px on the smallest phones.
 */
export const PAGE_WIDTHS = { wide: 720, narrow: 336 } as const;

export function drawChart(spec: ChartSpec, width: number): string {
  // The summary, written where the spec is made, is the chart's `<desc>` and the line beside it on the page.
  const options = { id: `${spec.id}-${width}`, title: spec.title, description: spec.summary, width };
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

/**
 * Several views' specs for one page, as compact as the browser can take them back whole:
 * each set of rows is written once (a linear and a log view share theirs), and a bar or a
 * side of a pair writes who it is (region, name, colour…) once in `marks`, then only its
 * index and what the view changes.
 */
export interface PackedSpecs {
  marks: unknown[][];
  rows: unknown[][];
  views: Record<string, Packed<ChartSpec>>;
}

/** A mark's fields: who it stands for, the same in every view, then what a view draws. */
const BAR_FIELDS = { who: ['region', 'report', 'shade', 'name', 'note', 'color'], drawn: ['value', 'label', 'bound'] } as const;
const SIDE_FIELDS = { who: ['region', 'name', 'color'], drawn: ['value', 'label', 'bound'] } as const;
/** Fields a mark may lack; written as null, and left out again when read. */
const OPTIONAL = new Set(['report', 'shade', 'bound']);

type Fields = typeof BAR_FIELDS | typeof SIDE_FIELDS;

function packMark(mark: object, fields: Fields, marks: unknown[][], seen: Map<string, number>): unknown[] {
  const record = mark as Record<string, unknown>;
  const who = fields.who.map((f) => record[f] ?? null);
  const key = JSON.stringify(who);
  if (!seen.has(key)) seen.set(key, marks.push(who) - 1);
  return [seen.get(key)!, ...fields.drawn.map((f) => record[f] ?? null)];
}

function unpackMark(packed: unknown[], fields: Fields, marks: unknown[][]): Record<string, unknown> {
  const [index, ...drawn] = packed;
  const values = [...(marks[index as number] ?? []), ...drawn];
  return Object.fromEntries([...fields.who, ...fields.drawn].map((f, i) => [f, values[i] ?? null]).filter(([f, v]) => v !== null || !OPTIONAL.has(f as string)));
}

function packRows(spec: ChartSpec, marks: unknown[][], seen: Map<string, number>): unknown[] {
  switch (spec.kind) {
    case 'bars':
      return spec.rows.map((bar) => packMark(bar, BAR_FIELDS, marks, seen));
    case 'paired':
      return spec.rows.map((row) => [row.title, row.basis, ...row.sides.map((side) => packMark(side, SIDE_FIELDS, marks, seen))]);
    case 'heatmap':
      return spec.rows;
  }
}

function unpackRows(kind: ChartSpec['kind'], rows: unknown[], marks: unknown[][]): ChartSpec['rows'] {
  switch (kind) {
    case 'bars':
      return rows.map((bar) => unpackMark(bar as unknown[], BAR_FIELDS, marks)) as unknown as BarDatum[];
    case 'paired':
      return rows.map((row) => {
        const [title, basis, ...sides] = row as unknown[];
        return { title, basis, sides: sides.map((side) => unpackMark(side as unknown[], SIDE_FIELDS, marks)) };
      }) as unknown as PairedRow[];
    case 'heatmap':
      return rows as HeatmapRow[];
  }
}

export function packSpecs(specs: Record<string, ChartSpec>): PackedSpecs {
  const marks: unknown[][] = [];
  const seenMarks = new Map<string, number>();
  const rows: unknown[][] = [];
  const seenRows = new Map<string, number>();
  const views: PackedSpecs['views'] = {};
  for (const [view, spec] of Object.entries(specs)) {
    const packed = packRows(spec, marks, seenMarks);
    const key = JSON.stringify(packed);
    if (!seenRows.has(key)) seenRows.set(key, rows.push(packed) - 1);
    views[view] = { ...spec, rows: seenRows.get(key)! } as Packed<ChartSpec>;
  }
  return { marks, rows, views };
}

/** What a chart figure carries for the views it leaves to the browser: their specs and their download footers. */
export type FigureSpecs = PackedSpecs & { footers: Record<string, string[]> };

/** One view of a chart figure (`year-linear`, `total-log`; the first is its default), and the lines under its download. */
export interface ChartVariant {
  view: string;
  spec: ChartSpec;
  footer: string[];
}

/** What a figure carries of the views its reader's browser draws. */
export function figureSpecs(variants: readonly ChartVariant[]): FigureSpecs {
  return {
    ...packSpecs(Object.fromEntries(variants.map((v) => [v.view, v.spec]))),
    footers: Object.fromEntries(variants.map((v) => [v.view, v.footer])),
  };
}

/** One view's spec back from a page's packed specs; none for a view the page does not have. */
export function unpackSpec(packed: PackedSpecs, view: string): ChartSpec | null {
  const spec = Object.hasOwn(packed.views, view) ? packed.views[view] : undefined;
  const rows = spec ? packed.rows[spec.rows] : undefined;
  return spec && rows ? ({ ...spec, rows: unpackRows(spec.kind, rows, packed.marks) } as ChartSpec) : null;
}

/** JSON for a `<script type="application/json">`: `<` escaped, so no text in it can close the element. */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
