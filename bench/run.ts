import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildContent } from '../scripts/content/build-content.ts';
import { runBuild } from '../tests/helpers/run-build.ts';
import { foreignRequests } from './foreign-requests.ts';
import { GROWTH_BUDGET, inputShapeFigures, printShapeFigures } from './input-shapes.ts';
import { type CorpusFigures, corpusFigures } from './corpus-build.ts';
import { lighthouseScores } from './lighthouse.ts';
import { median } from './median.ts';
import { COMPARISON_JS_BUDGET_BYTES, PAGE_BUDGET_BYTES, pageWeights } from './page-weight.ts';
import { propertyFigures, recombinedBuild } from './recombined.ts';
import { reportLengthFigures } from './report-length.ts';
import { searchFigures } from './search.ts';

/**
 * Speed and size of the pipeline on the seeds. Medians over repeated runs, because
 * these machines are shared and noisy; the figures go to bench/results.json.
 */
const INGEST_RUNS = 15;
/** Synthetic corpus sizes; `npm run bench -- --large` adds 300 and 1000 reports (several reports per region). */
const CORPORA = process.argv.includes('--large') ? [4, 100, 300, 1000] : [4, 100];
const BUILD_RUNS = 3;
/** Collections of real report lines recombined under new catalogs: 300 reports, and 1000 with `--large`. */
const RECOMBINED = process.argv.includes('--large') ? [300, 1000] : [300];
/** Random small collections through the content stage, ten times what `npm test` runs. */
const PROPERTY_COLLECTIONS = 2000;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}

const work = mkdtempSync(join(tmpdir(), 'bench-'));
try {
  const ingestMs: number[] = [];
  for (let i = 0; i < INGEST_RUNS; i++) {
    const started = performance.now();
    buildContent('seeds', join(work, `content-${i}`), 'content/indicators.yaml');
    ingestMs.push(performance.now() - started);
  }

  const buildMs: number[] = [];
  const dist = join(work, 'dist');
  for (let i = 0; i < BUILD_RUNS; i++) {
    const started = performance.now();
    const run = runBuild({ content: join(work, 'content'), dist });
    if (run.status !== 0) throw new Error(`build failed:\n${run.stderr}`);
    buildMs.push(performance.now() - started);
  }

  const built = files(dist);
  const pages = built.filter((f) => f.endsWith('.html'));
  const pageGz = pages.map((f) => gzipSync(readFileSync(f)).length);
  const weights = pageWeights(dist, pages);
  const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
  const comparisonJs = Math.max(...weights.filter((w) => /^\/(compare|indicators|themes)\/./.test(w.page)).map((w) => w.js));
  const foreign = await foreignRequests(dist, weights.map((w) => w.page));
  const search = await searchFigures(dist, join(work, 'content'));
  const lighthouse = await lighthouseScores(dist, ['/', '/indicators/aid-funds/', '/reports/kuitun-2025/']);
  const corpora: CorpusFigures[] = [];
  for (const n of CORPORA) corpora.push(await corpusFigures(n));
  const lengths = reportLengthFigures();
  const shapes = inputShapeFigures();
  const recombined = RECOMBINED.map(recombinedBuild);
  const property = propertyFigures(PROPERTY_COLLECTIONS);
  const results = {
    corpus: { reports: readdirSync(join(work, 'content', 'reports')).length, facts: JSON.parse(readFileSync(join(work, 'content', 'data', 'facts.json'), 'utf8')).facts.length },
    ingestMedianMs: Math.round(median(ingestMs) * 10) / 10,
    buildMedianMs: Math.round(median(buildMs)),
    pages: pages.length,
    distBytes: built.reduce((n, f) => n + statSync(f).size, 0),
    htmlGzipBytes: { median: median(pageGz), max: Math.max(...pageGz) },
    pageWeightGzipBytes: { median: median(weights.map((w) => w.total)), max: heaviest.total, heaviestPage: heaviest.page, budget: PAGE_BUDGET_BYTES },
    comparisonPageJsGzipBytes: { max: comparisonJs, budget: COMPARISON_JS_BUDGET_BYTES },
    foreignRequests: foreign,
    search: { ...search, budgets: { firstResultsGzipBytesAt300: 150 * 1024, ratioToPagefindAlone: 1.3 } },
    runs: { ingest: INGEST_RUNS, build: BUILD_RUNS },
    lighthouse,
    corpora,
    reportLength: { ...lengths, budget: 'time per MB grows at most 1.5× from 1 to 8 MB' },
    inputShapes: { ...shapes, budget: `time per unit grows at most ${GROWTH_BUDGET}× from 1 to 8 times the size` },
    recombined,
    property,
  };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.table(lighthouse);
  console.table(lengths.rows);
  console.log(`content stage, time per MB at 8 MB ÷ at 1 MB: ${lengths.growth} (budget 1.5)`);
  printShapeFigures(shapes);
  console.table(
    Object.fromEntries(
      corpora.map((c) => [
        `${c.reports} reports`,
        {
          pages: c.pages,
          'ingest s': c.ingestMs / 1000,
          'ingest peak MB': c.ingestPeakMb,
          'astro s': c.astroMs / 1000,
          'pagefind s': c.pagefindMs / 1000,
          'build s': c.buildMs / 1000,
          'build peak MB': c.buildPeakMb,
          'one report added: rebuild s': c.rebuildMs / 1000,
          'rebuild ÷ full build': Math.round((c.rebuildMs / c.buildMs) * 100) / 100,
          'rebuild differs from clean build (files)': c.rebuildDifferences?.length ?? 'not compared',
          'search records': c.searchRecords,
          'search stage alone s': c.searchAloneMs / 1000,
          'search stage peak MB': c.searchPeakMb,
          'dist MB': Math.round(c.distBytes / 1e5) / 10,
          'dist files (host limit 20000)': c.size.files,
          'largest file MB (limit 25 MiB)': Math.round(c.size.largest.bytes / 1e5) / 10,
          'largest file': c.size.largest.path,
          'index MB': Math.round(c.indexBytes / 1e5) / 10,
          regions: c.regions,
          'heaviest page KB gz': Math.round(c.heaviestBytes / 102.4) / 10,
          'heaviest page': c.heaviestPage,
        },
      ]),
    ),
  );
  console.table(
    Object.fromEntries(
      recombined.map((r) => [
        `${r.reports} recombined reports`,
        {
          built: r.built ? 'yes' : `no: ${r.refused}`,
          'build s': r.buildMs / 1000,
          pages: r.pages,
          'heaviest page KB gz': r.heaviestBytes === null ? null : Math.round(r.heaviestBytes / 102.4) / 10,
          'heaviest page': r.heaviestPage,
        },
      ]),
    ),
  );
  console.log(`recombined from ${property.from}: ${property.collections} random collections through the content stage in ${property.ms / 1000} s (seed ${property.seed}): ${property.built} built, ${property.refused} refused with one line`);
  if (property.failure) console.log(`property failed:\n${property.failure}`);
  console.table({
    'seeds → content, facts included (median ms)': results.ingestMedianMs,
    'ingest + astro build (median ms)': results.buildMedianMs,
    'pages built': results.pages,
    'dist/ size (bytes)': results.distBytes,
    'page HTML gzipped, median (bytes)': results.htmlGzipBytes.median,
    'page HTML gzipped, max (bytes)': results.htmlGzipBytes.max,
    'page HTML+CSS+JS gzipped, median (bytes)': results.pageWeightGzipBytes.median,
    [`page HTML+CSS+JS gzipped, max (bytes; ${heaviest.page}; budget ${PAGE_BUDGET_BYTES})`]: heaviest.total,
    [`client JS on a comparison page, max gzipped (bytes; budget ${COMPARISON_JS_BUDGET_BYTES})`]: comparisonJs,
    'requests to other hosts over all pages': foreign.length,
    'search bundle written by Pagefind (bytes)': search.bundleBytes,
    'search index: chunks, fragments, metadata (bytes)': search.indexBytes,
  });
  // Search, per query: on the seeds, then on each corpus of 300 reports and more.
  const searchRows = [
    ['seeds', search] as const,
    ...corpora.filter((c) => c.search).map((c) => [`${c.reports} reports`, c.search!] as const),
  ].flatMap(([corpus, figures]) =>
    figures.queries.map((q) => [
      `${corpus} · ${q.query}`,
      {
        'first 10 results KB gz (page included; budget 150 at 300)': Math.round(q.firstResultsGzipBytes / 102.4) / 10,
        'to first result ms': q.firstResultsMs,
        'Pagefind alone ms': q.pagefindAloneMs,
        'ratio (budget 1.3)': q.ratio,
        'reports holding it': q.holding,
        stated: q.stated,
        'reached by 显示更多': q.reached,
      },
    ]),
  );
  console.table(Object.fromEntries(searchRows));
  const crossed = corpora.flatMap((c) => c.hostProblems.map((p) => `${c.reports} reports: ${p}`));
  if (crossed.length > 0) {
    console.error(`bench: the site crosses a static host's limits:\n${crossed.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
