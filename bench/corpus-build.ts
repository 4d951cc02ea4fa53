import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { pageWeights } from './page-weight.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const PAGEFIND = createRequire(import.meta.url).resolve(`@pagefind/${process.platform}-${arch()}/bin/pagefind_extended`);

export interface CorpusFigures {
  reports: number;
  pages: number;
  ingestMs: number;
  ingestPeakMb: number;
  astroMs: number;
  pagefindMs: number;
  /** Peak resident memory of the whole build (Node with Astro, and the Pagefind binary it runs). */
  buildPeakMb: number;
  /** Pagefind's binary run again on its own over the built site: its time and peak memory alone. */
  pagefindAloneMs: number;
  pagefindPeakMb: number;
  buildMs: number;
  distBytes: number;
  indexBytes: number;
  /** Regions in the corpus: several reports each. */
  regions: number;
  /** The page whose first visit costs most (HTML, CSS, JS gzipped), and that cost. */
  heaviestPage: string;
  heaviestBytes: number;
}

function folderBytes(dir: string, filter: (f: string) => boolean = () => true): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => filter(f) && statSync(f).isFile())
    .reduce((n, f) => n + statSync(f).size, 0);
}

/** Runs a command under GNU time; returns its output, wall time and peak memory. */
function timed(command: string[], env: Record<string, string>): { stdout: string; ms: number; peakMb: number } {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', ...command], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const stats = /TIME ([\d.]+) (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !stats) throw new Error(`${command.join(' ')} failed:\n${run.stderr.slice(-3000)}`);
  return { stdout: run.stdout, ms: Number(stats[1]) * 1000, peakMb: Math.round(Number(stats[2]) / 1024) };
}

/** The heaviest page of a built site: every page is held to one budget, so the largest is the one to watch. */
function heaviest(dist: string): { heaviestPage: string; heaviestBytes: number } {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dist, f));
  const top = pageWeights(dist, pages).reduce((a, b) => (b.total > a.total ? b : a));
  return { heaviestPage: top.page, heaviestBytes: top.total };
}

/** Builds a synthetic corpus of `count` reports from scratch and measures each stage. */
export function corpusFigures(count: number): CorpusFigures {
  const work = mkdtempSync(join(tmpdir(), `corpus-${count}-`));
  try {
    const env = { SEEDS_DIR: join(work, 'seeds'), CONTENT_DIR: join(work, 'content'), DIST_DIR: join(work, 'dist') };
    writeSyntheticCorpus(env.SEEDS_DIR, count);
    const ingest = timed([process.execPath, 'scripts/content/run.ts'], env);
    const build = timed([process.execPath, 'scripts/build.ts'], env);
    // Pagefind's own binary, run directly: under Node's API it is a grandchild whose memory GNU time does not see.
    const pagefind = timed([PAGEFIND, '--site', env.DIST_DIR, '--output-path', join(work, 'pagefind-alone')], env);
    const stages = /site built in (\d+) ms; (\d+) pages indexed for search in (\d+) ms/.exec(build.stdout);
    if (!stages) throw new Error(`unexpected build output:\n${build.stdout}`);
    return {
      reports: count,
      pages: Number(stages[2]),
      ingestMs: Math.round(ingest.ms),
      ingestPeakMb: ingest.peakMb,
      astroMs: Number(stages[1]),
      pagefindMs: Number(stages[3]),
      buildPeakMb: build.peakMb,
      buildMs: Math.round(build.ms),
      pagefindAloneMs: Math.round(pagefind.ms),
      pagefindPeakMb: pagefind.peakMb,
      distBytes: folderBytes(env.DIST_DIR),
      regions: new Set((JSON.parse(readFileSync(join(env.SEEDS_DIR, 'catalog.json'), 'utf8')) as Array<{ region: { id: string } }>).map((e) => e.region.id)).size,
      ...heaviest(env.DIST_DIR),
      indexBytes: folderBytes(join(env.DIST_DIR, 'pagefind'), (f) => /\.pf_(index|fragment|meta)$/.test(f)),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
