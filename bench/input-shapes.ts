import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogEntry } from '../src/contracts/catalog.ts';
import { corpusFacts } from '../scripts/facts/corpus-facts.ts';
import { loadTaxonomy } from '../scripts/facts/taxonomy.ts';
import { ingestSeed } from '../scripts/ingest/ingest.ts';
import { reportMdx } from '../scripts/content/report-mdx.ts';
import { median } from './median.ts';

/** One kind of input that could make a stage slow, and how to make it at any size. */
interface Shape {
  name: string;
  /** What its size counts. */
  unit: string;
  /** The size at 1×. */
  base: number;
  /** A report's text holding `size` units of the shape. */
  make: (size: number) => string;
  /** Timed runs per size, the median kept; fewer where one run takes seconds. */
  runs: number;
}

export interface ShapeRow {
  shape: string;
  unit: string;
  /** 1, 2, 4, 8. */
  times: number;
  size: number;
  runs: number;
  medianMs: number;
  /** Microseconds per unit. */
  usPerUnit: number;
}

export interface ShapeFigures {
  shape: string;
  /** Time per unit at 8× ÷ at 1×. */
  growth: number;
  /** Over the budget of 1.5. */
  flagged: boolean;
}

const SCALES = [1, 2, 4, 8];
const RUNS = 5;
export const GROWTH_BUDGET = 1.5;
const TITLE = '某某县总工会工作报告';

/** Sentences of the seeds' running text, each ending in its full stop. */
function seedSentences(): string[] {
  return ['000_e955568ee06e6c7b.txt', '002_d2381ee6961345c2.txt', '003_937df5c3b24a445e.txt'].flatMap((f) =>
    readFileSync(join('seeds', f), 'utf8')
      .split('\n')
      .flatMap((line) => line.trim().match(/[^。]+。/gu) ?? []),
  );
}

/** One line of the seeds' sentences, at least `chars` characters long. */
function proseLine(chars: number): string {
  const sentences = seedSentences();
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const s = sentences[i % sentences.length]!;
    out.push(s);
    length += s.length;
  }
  return out.join('');
}

function repeatTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

const SHAPES: Shape[] = [
  { name: 'one long paragraph', unit: 'character', base: 20_000, runs: RUNS, make: (n) => `${TITLE}\n${proseLine(n)}` },
  {
    name: 'lines without closing punctuation',
    unit: 'line',
    base: 500,
    runs: RUNS,
    // Web copies break sentences at any character; each line joins the next.
    make: (n) =>
      [TITLE, ...Array.from({ length: n }, (_, i) => `全区各级工会走访慰问困难职工${(i % 90) + 10}户。发放慰问金${(i % 9) + 1}万元,开展技能培训`)].join('\n'),
  },
  { name: 'a run of digits', unit: 'digit', base: 100_000, runs: RUNS, make: (n) => `${TITLE}\n全年开展活动,编号${repeatTo('1234567890', n)}。` },
  {
    name: 'a run of digits in groups of thousands',
    unit: 'group',
    base: 25_000,
    runs: RUNS,
    make: (n) => `${TITLE}\n全年开展活动,编号1${',234'.repeat(n)}。`,
  },
  {
    name: 'a run of Chinese numerals',
    unit: 'numeral',
    base: 100_000,
    runs: RUNS,
    make: (n) => `${TITLE}\n全年开展活动,编号${repeatTo('一二三四五六七八九十百千万亿零', n)}。`,
  },
  {
    name: 'a list of 这N名…',
    unit: 'item',
    base: 2_000,
    runs: 3,
    make: (n) => `${TITLE}\n全年表彰劳动模范${Array.from({ length: n }, (_, i) => `这${i + 1}名职工`).join('、')}。`,
  },
  {
    name: 'one line of prose, 5 MB at 8×',
    unit: 'character',
    // Three bytes a character in UTF-8.
    base: Math.round((5 * 1024 * 1024) / 3 / 8),
    runs: 1,
    make: (n) => `${TITLE}\n${proseLine(n)}`,
  },
];

const ENTRY: CatalogEntry = {
  id: 'shape',
  file: 'shape.txt',
  region: { id: 'shape', name: '某某县', level: 'county' },
  period: { start: 2024, end: 2024, years: 1 },
};

/** The content stage's work on one report, in process: decode, clean, facts, indicator figures, MDX. */
function contentStage(text: string, taxonomy: ReturnType<typeof loadTaxonomy>): void {
  const bytes = Buffer.from(text);
  const { reports } = corpusFacts([ENTRY], taxonomy, (entry) => ingestSeed(bytes, entry.file));
  for (const { entry, report, extracted } of reports) reportMdx(entry, report, 0, extracted, taxonomy.themes);
}

/**
 * Each input shape at 1, 2, 4 and 8 times its base size through the content stage's pure
 * functions (no files, no Astro): its time per unit must stay within 1.5× of the base's.
 */
export function inputShapeFigures(only?: string): { rows: ShapeRow[]; shapes: ShapeFigures[] } {
  const taxonomy = loadTaxonomy('content/indicators.yaml');
  const rows: ShapeRow[] = [];
  const shapes: ShapeFigures[] = [];
  for (const shape of SHAPES.filter((s) => only === undefined || s.name.includes(only))) {
    // Once untimed, so that compiling the code does not count against the smallest size.
    contentStage(shape.make(shape.base), taxonomy);
    const own = SCALES.map((times) => {
      const size = shape.base * times;
      const text = shape.make(size);
      const ms = median(
        Array.from({ length: shape.runs }, () => {
          const started = performance.now();
          contentStage(text, taxonomy);
          return performance.now() - started;
        }),
      );
      return { shape: shape.name, unit: shape.unit, times, size, runs: shape.runs, medianMs: Math.round(ms), usPerUnit: Math.round((ms * 1e6) / size) / 1000 };
    });
    rows.push(...own);
    const growth = Math.round((own.at(-1)!.usPerUnit / own[0]!.usPerUnit) * 100) / 100;
    shapes.push({ shape: shape.name, growth, flagged: growth > GROWTH_BUDGET });
  }
  return { rows, shapes };
}

/** Prints the rows and each shape's growth, flagging a shape over budget. */
export function printShapeFigures({ rows, shapes }: ReturnType<typeof inputShapeFigures>): void {
  console.table(
    rows.map((r) => ({ shape: r.shape, '×': r.times, size: `${r.size} ${r.unit}s`, runs: r.runs, 'median ms': r.medianMs, 'µs per unit': r.usPerUnit })),
  );
  console.table(
    Object.fromEntries(
      shapes.map((s) => [s.shape, { [`time per unit at 8× ÷ at 1× (budget ${GROWTH_BUDGET})`]: s.growth, flag: s.flagged ? 'OVER BUDGET' : '' }]),
    ),
  );
}

// `node bench/input-shapes.ts [part of a shape's name]` runs this part of the bench alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printShapeFigures(inputShapeFigures(process.argv[2]));
}
