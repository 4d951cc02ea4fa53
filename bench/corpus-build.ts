import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isIndexData } from '../scripts/search/pagefind-format.ts';
import { type SiteSize, hostLimitProblems } from '../src/contracts/host-limits.ts';
import { pageWeights } from './page-weight.ts';
import { siteSize } from './site-size.ts';
import { type SearchFigures, searchFigures } from './search.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

export interface CorpusFigures {
  reports: number;
  pages: number;
  ingestMs: number;
  ingestPeakMb: number;
  astroMs: number;
  pagefindMs: number;
  /** Peak resident memory of the whole build, all its processes together (Node, Astro's, the Pagefind binary). */
  buildPeakMb: number;
  /** Report passages and listing pages in the search index. */
  searchRecords: number;
  /** The search stage run again on its own: its time and peak memory (Node and the Pagefind service). */
  searchAloneMs: number;
  searchPeakMb: number;
  /** Search on this corpus, from 300 reports up. */
  search: SearchFigures | null;
  buildMs: number;
  distBytes: number;
  /** Files, bytes and the largest file of `dist/`, with each host limit it crosses (src/contracts/host-limits.ts). */
  size: SiteSize;
  hostProblems: string[];
  indexBytes: number;
  /** Regions in the corpus: several reports each. */
  regions: number;
  /** The page whose first visit costs most (HTML, CSS, JS gzipped), and that cost. */
  heaviestPage: string;
  heaviestBytes: number;
  /** Building again after one report is added to the built collection, caches as the full build left them. */
  rebuildMs: number;
  rebuildPeakMb: number;
  /**
   * Files of that rebuild's `dist/` that differ from a clean build of the same collection
   * (missing on either side or not byte-identical); null where the clean build is not run (1000 reports).
   */
  rebuildDifferences: string[] | null;
}

/** Up to 300 reports, the one-report rebuild is also compared with a clean build. */
const COMPARED_UP_TO = 300;

/** A new region's report and its catalog entry, as a contributor would add one. */
function addOneReport(seeds: string): void {
  const catalog = JSON.parse(readFileSync(join(seeds, 'catalog.json'), 'utf8')) as Array<Record<string, unknown> & { file: string }>;
  // The first report's paragraphs in reverse order under a new heading: a text of its own.
  const text = readFileSync(join(seeds, catalog[0]!.file), 'utf8').split('\n\n');
  writeFileSync(join(seeds, 'added-2025.txt'), ['新增县总工会2025年工作报告', ...text.slice(1).reverse()].join('\n\n'));
  catalog.push({
    id: 'added-2025',
    file: 'added-2025.txt',
    region: { id: 'added', name: '新增县', level: 'county', province: '样本省0' },
    organization: '新增县总工会',
    period: { start: 2025, end: 2025, years: 1 },
  });
  writeFileSync(join(seeds, 'catalog.json'), `${JSON.stringify(catalog, null, 2)}\n`);
}

/** Relative paths that differ between two trees: present in one only, or with other bytes. */
function treeDifferences(a: string, b: string): string[] {
  const list = (dir: string) => new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()));
  const [left, right] = [list(a), list(b)];
  return [...new Set([...left, ...right])]
    .filter((f) => !left.has(f) || !right.has(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))))
    .sort();
}

function folderBytes(dir: string, filter: (f: string) => boolean = () => true): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => filter(f) && statSync(f).isFile())
    .reduce((n, f) => n + statSync(f).size, 0);
}

/** Resident memory of a process and all its descendants at this moment, in kB, from /proc. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let status: string;
    try {
      status = readFileSync(`/proc/${entry}/status`, 'utf8');
    } catch {
      continue; // ended while we looked
    }
    const pid = Number(entry);
    const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    rss.set(pid, Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    (children.get(parent) ?? children.set(parent, []).get(parent)!).push(pid);
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs a command under GNU time; returns its output, wall time and peak memory: the most its
 * processes held together, sampled twice a second (Astro runs while the build's own process
 * still holds its content), and never less than GNU time's peak of its largest process.
 */
async function timed(command: string[], env: Record<string, string>): Promise<{ stdout: string; ms: number; peakMb: number }> {
  const child = spawn('/usr/bin/time', ['-f', 'TIME %e %M', ...command], { env: { ...process.env, ...env } });
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => stdout.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  let sampledKb = 0;
  const sampler = setInterval(() => {
    sampledKb = Math.max(sampledKb, treeRssKb(child.pid!));
  }, 500);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const said = stderr.join('');
  const stats = /TIME ([\d.]+) (\d+)/.exec(said);
  if (status !== 0 || !stats) throw new Error(`${command.join(' ')} failed:\n${said.slice(-3000)}`);
  return { stdout: stdout.join(''), ms: Number(stats[1]) * 1000, peakMb: Math.round(Math.max(sampledKb, Number(stats[2])) / 1024) };
}

/** The heaviest page of a built site: every page is held to one budget, so the largest is the one to watch. */
function heaviest(dist: string): { heaviestPage: string; heaviestBytes: number } {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dist, f));
  const top = pageWeights(dist, pages).reduce((a, b) => (b.total > a.total ? b : a));
  return { heaviestPage: top.page, heaviestBytes: top.total };
}

type Folders = Record<'SEEDS_DIR' | 'CONTENT_DIR' | 'DIST_DIR' | 'CONTENT_CACHE_DIR' | 'IMAGE_CACHE_DIR' | 'SEARCH_CACHE_DIR', string>;

/** A build's folders under `work`, its caches among them, so no build of the bench finds another's reports, images or search bundles cached. */
function folders(work: string, prefix: string): Folders {
  const at = (name: string) => join(work, `${prefix}${name}`);
  return { SEEDS_DIR: at('seeds'), CONTENT_DIR: at('content'), DIST_DIR: at('dist'), CONTENT_CACHE_DIR: at('content-cache'), IMAGE_CACHE_DIR: at('image-cache'), SEARCH_CACHE_DIR: at('search-cache') };
}

/** Adds a report to the built corpus, rebuilds, and compares the result with a clean build. */
async function oneReportAdded(work: string, env: Folders, count: number) {
  addOneReport(env.SEEDS_DIR);
  const rebuild = await timed([process.execPath, 'scripts/build.ts'], env);
  let differences: string[] | null = null;
  if (count <= COMPARED_UP_TO) {
    // Caches of its own, empty: the rebuild's reuse of cached reports and images must change no byte.
    const clean = folders(work, 'clean-');
    cpSync(env.SEEDS_DIR, clean.SEEDS_DIR, { recursive: true });
    await timed([process.execPath, 'scripts/build.ts'], clean);
    differences = treeDifferences(env.DIST_DIR, clean.DIST_DIR);
  }
  return { rebuildMs: Math.round(rebuild.ms), rebuildPeakMb: rebuild.peakMb, rebuildDifferences: differences };
}

/** Builds a synthetic corpus of `count` reports from scratch and measures each stage. */
export async function corpusFigures(count: number): Promise<CorpusFigures> {
  const work = mkdtempSync(join(tmpdir(), `corpus-${count}-`));
  try {
    const env = folders(work, '');
    writeSyntheticCorpus(env.SEEDS_DIR, count);
    // The ingest stage alone, with a cache of its own, so the full build after it starts with empty caches.
    const ingest = await timed([process.execPath, 'scripts/content/run.ts'], { ...env, CONTENT_CACHE_DIR: join(work, 'ingest-cache') });
    const build = await timed([process.execPath, 'scripts/build.ts'], env);
    // The search stage again on its own, every bundle written (a cache of its own): its time, and the peak memory of Node with the Pagefind service it runs.
    const search = await timed([process.execPath, 'scripts/search/run.ts'], { ...env, SEARCH_CACHE_DIR: join(work, 'search-alone-cache') });
    const stages = /site built in (\d+) ms; (\d+) reports and pages indexed for search in (\d+) ms/.exec(build.stdout);
    if (!stages) throw new Error(`unexpected build output:\n${build.stdout}`);
    const size = siteSize(env.DIST_DIR);
    return {
      reports: count,
      pages: readdirSync(env.DIST_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length,
      searchRecords: Number(stages[2]),
      ingestMs: Math.round(ingest.ms),
      ingestPeakMb: ingest.peakMb,
      astroMs: Number(stages[1]),
      pagefindMs: Number(stages[3]),
      buildPeakMb: build.peakMb,
      buildMs: Math.round(build.ms),
      searchAloneMs: Math.round(search.ms),
      searchPeakMb: search.peakMb,
      distBytes: folderBytes(env.DIST_DIR),
      size,
      hostProblems: hostLimitProblems(size),
      regions: new Set((JSON.parse(readFileSync(join(env.SEEDS_DIR, 'catalog.json'), 'utf8')) as Array<{ region: { id: string } }>).map((e) => e.region.id)).size,
      ...heaviest(env.DIST_DIR),
      indexBytes: folderBytes(join(env.DIST_DIR, 'pagefind'), isIndexData),
      // The index files are counted above; the search pages' own test page is written after.
      search: count >= 300 ? await searchFigures(env.DIST_DIR, env.CONTENT_DIR, 3) : null,
      ...(await oneReportAdded(work, env, count)),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
