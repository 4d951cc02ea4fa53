import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildContent } from '../scripts/content/build-content.ts';
import { median } from './median.ts';

export interface LengthRow {
  report: string;
  bytes: number;
  medianMs: number;
  msPerMb: number;
}

const RUNS = 3;
const SIZES_MB = [1, 2, 4, 8];

/** One report of about `bytes`, short paragraphs of the seeds one after another. */
function longReport(bytes: number): string {
  const paragraphs = ['000_e955568ee06e6c7b.txt', '002_d2381ee6961345c2.txt', '003_937df5c3b24a445e.txt'].flatMap((f) =>
    readFileSync(join('seeds', f), 'utf8')
      .split(/\n+/)
      .filter((p) => p.length > 30),
  );
  const out: string[] = ['某某县总工会工作报告'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return out.join('\n');
}

/** One sentence of about `bytes` without a full stop, a figure every few characters. */
function endlessSentence(bytes: number): string {
  const piece = '全年开展活动32场,覆盖职工1.2万人次,';
  return `某某县总工会工作报告\n${piece.repeat(Math.ceil(bytes / Buffer.byteLength(piece)))}`;
}

/**
 * The content stage (decode, clean, facts, MDX) on single reports of 1, 2, 4 and 8 MB and
 * on one 200 KB sentence, timed alone: its cost must grow in step with a report's length.
 */
export function reportLengthFigures(): { rows: LengthRow[]; growth: number } {
  const work = mkdtempSync(join(tmpdir(), 'bench-length-'));
  try {
    const cases: Array<[string, string]> = [
      ...SIZES_MB.map((mb): [string, string] => [`${mb} MB of short paragraphs`, longReport(mb * 1024 * 1024)]),
      ['one 200 KB sentence', endlessSentence(200 * 1024)],
    ];
    const rows = cases.map(([name, text], i) => {
      const seeds = join(work, `seeds-${i}`);
      mkdirSync(seeds);
      writeFileSync(join(seeds, 'report.txt'), text);
      const catalog = [{ id: 'long', file: 'report.txt', region: { id: 'long', name: '某某县', level: 'county' }, period: { start: 2024, end: 2024, years: 1 } }];
      writeFileSync(join(seeds, 'catalog.json'), JSON.stringify(catalog));
      const times = Array.from({ length: RUNS }, (_, run) => {
        const started = performance.now();
        buildContent(seeds, join(work, `content-${i}-${run}`), 'content/indicators.yaml');
        return performance.now() - started;
      });
      const bytes = Buffer.byteLength(text);
      const medianMs = Math.round(median(times));
      return { report: name, bytes, medianMs, msPerMb: Math.round(medianMs / (bytes / 1024 / 1024)) };
    });
    return { rows, growth: Math.round((rows[SIZES_MB.length - 1]!.msPerMb / rows[0]!.msPerMb) * 100) / 100 };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
