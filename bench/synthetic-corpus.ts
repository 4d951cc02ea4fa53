import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeReport } from '../scripts/ingest/decode.ts';
import { LEVELS } from '../src/contracts/catalog.ts';

/** A small deterministic generator (mulberry32), so a corpus of a given size is the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seeds' paragraphs as the files hold them (page chrome and all), in file order. */
function seedParagraphs(seeds: string): string[] {
  const catalog = JSON.parse(readFileSync(join(seeds, 'catalog.json'), 'utf8')) as Array<{ file: string }>;
  return catalog.flatMap(({ file }) =>
    decodeReport(readFileSync(join(seeds, file)), file)
      .split(/\r?\n\s*\r?\n|\r?\n/)
      .map((p) => p.trim())
      .filter((p) => p.length >= 12),
  );
}

/** Regions per report in a grown collection: 117 regions for 300 reports, as unions publish yearly. */
const REGIONS_PER_REPORT = 117 / 300;
/** A region holds at most this many reports: four annual reports and a congress review. */
const MOST_PER_REGION = 5;

/**
 * How many reports each region has: one each, the rest handed out at random, no region
 * past MOST_PER_REGION. Most regions end up with two to five.
 */
function reportsPerRegion(count: number, next: () => number): number[] {
  const regions = Math.min(count, Math.max(1, Math.round(count * REGIONS_PER_REPORT)));
  const per = Array.from({ length: regions }, () => 1);
  for (let left = count - regions; left > 0; ) {
    const r = Math.floor(next() * regions);
    if (per[r]! < MOST_PER_REGION || per.every((n) => n >= MOST_PER_REGION)) {
      per[r]! += 1;
      left -= 1;
    }
  }
  return per;
}

/**
 * A corpus of `count` reports under new region ids and catalog entries, each a run of the
 * seeds' paragraphs recombined: real text with real numbers, page chrome and traditional
 * passages, in the proportions the seeds have them. Regions hold several reports as real
 * collections do: annual reports of consecutive years up to 2025, the earliest of them
 * sometimes a five-year review.
 */
export function writeSyntheticCorpus(dir: string, count: number, seeds = 'seeds'): void {
  mkdirSync(dir, { recursive: true });
  const paragraphs = seedParagraphs(seeds);
  const next = random(count);
  const catalog = [];
  let n = 0;
  for (const [r, reports] of reportsPerRegion(count, next).entries()) {
    const region = `s${String(r + 1).padStart(4, '0')}`;
    const review = next() < 0.4;
    for (let k = 0; k < reports; k++) {
      n += 1;
      const end = 2025 - (reports - 1 - k);
      const years = k === 0 && review ? 5 : 1;
      const file = `${region}-${end}.txt`;
      const length = 25 + Math.floor(next() * 35);
      const start = Math.floor(next() * paragraphs.length);
      const body = Array.from({ length }, (_, i) => paragraphs[(start + i * (1 + Math.floor(next() * 3))) % paragraphs.length]);
      writeFileSync(join(dir, file), [`样本${r + 1}县总工会${end}年工作报告`, ...body].join('\n\n'));
      catalog.push({
        id: `${region}-${end}`,
        file,
        region: { id: region, name: `样本${r + 1}县`, level: LEVELS[r % LEVELS.length], province: `样本省${r % 10}` },
        organization: `样本${r + 1}县总工会`,
        period: { start: end - years + 1, end, years },
      });
    }
  }
  if (n !== count) throw new Error(`synthetic corpus: ${n} reports written, ${count} asked`);
  writeFileSync(join(dir, 'catalog.json'), `${JSON.stringify(catalog, null, 2)}\n`);
}
