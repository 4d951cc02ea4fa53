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

/**
 * A corpus of `count` reports under new region ids and catalog entries, each a run of the
 * seeds' paragraphs recombined: real text with real numbers, page chrome and traditional
 * passages, in the proportions the seeds have them.
 */
export function writeSyntheticCorpus(dir: string, count: number, seeds = 'seeds'): void {
  mkdirSync(dir, { recursive: true });
  const paragraphs = seedParagraphs(seeds);
  const next = random(count);
  const catalog = [];
  for (let i = 1; i <= count; i++) {
    const id = `s${String(i).padStart(4, '0')}`;
    const years = next() < 0.5 ? 1 : 5;
    const end = 2020 + Math.floor(next() * 6);
    const length = 25 + Math.floor(next() * 35);
    const start = Math.floor(next() * paragraphs.length);
    const body = Array.from({ length }, (_, k) => paragraphs[(start + k * (1 + Math.floor(next() * 3))) % paragraphs.length]);
    writeFileSync(join(dir, `${id}.txt`), [`样本${i}县总工会${end}年工作报告`, ...body].join('\n\n'));
    catalog.push({
      id: `${id}-${end}`,
      file: `${id}.txt`,
      region: { id, name: `样本${i}县`, level: LEVELS[i % LEVELS.length], province: `样本省${i % 10}` },
      organization: `样本${i}县总工会`,
      period: { start: end - years + 1, end, years },
    });
  }
  writeFileSync(join(dir, 'catalog.json'), `${JSON.stringify(catalog, null, 2)}\n`);
}
