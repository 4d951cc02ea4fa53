import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { toFullWidth } from '../../scripts/eval/full-width.ts';
import { decodeReport } from '../../scripts/ingest/decode.ts';
import { catalogEntrySchema, LEVELS } from '../../src/contracts/catalog.ts';

/** The development set, read where it stands at run time and never copied into the repository. */
export const DEV_DIR = '../shared/dev';

/** The lines of real reports that collections are recombined from, and whether the development set is among them. */
export interface ParagraphPool {
  lines: string[];
  dev: boolean;
}

/** Every non-empty line of the reports a catalog lists, as their files hold them (page chrome, headings and damage included). */
function catalogLines(catalogFile: string, dir: string): string[] {
  const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as Array<{ file: string }>;
  return catalog.flatMap(({ file }) =>
    decodeReport(readFileSync(join(dir, file)), file)
      .split(/\r?\n/)
      .map((line) => line.trimEnd())
      .filter((line) => line.trim() !== ''),
  );
}

/** The seeds' lines, and the development set's when `../shared/dev/` is there. */
export function paragraphPool(seeds = 'seeds', dev = DEV_DIR): ParagraphPool {
  const lines = catalogLines(join(seeds, 'catalog.json'), seeds);
  const hasDev = existsSync(join(dev, 'catalog.json'));
  if (hasDev) lines.push(...catalogLines(join(dev, 'catalog.json'), join(dev, 'raw')));
  return { lines, dev: hasDev };
}

/** What a collection's title says of its sources, for test names and bench rows. */
export function poolName(pool: ParagraphPool): string {
  return pool.dev ? 'the seeds and the development set' : 'the seeds alone (../shared/dev/ is absent)';
}

/** A collection as a contributor would lay it out: catalog entries (plain JSON) and each report file's bytes. */
export interface Collection {
  catalog: Array<Record<string, unknown> & { id: string; file: string }>;
  files: Record<string, Uint8Array>;
}

/** The encodings a report may arrive in that the pipeline reads (scripts/ingest/decode.ts), with their byte order marks. */
const ENCODINGS: Record<string, (text: string) => Uint8Array> = {
  'utf-8': (text) => Buffer.from(text, 'utf8'),
  'utf-8 with BOM': (text) => Buffer.from(`\ufeff${text}`, 'utf8'),
  'utf-16le with BOM': (text) => Buffer.from(`\ufeff${text}`, 'utf16le'),
  'utf-16be with BOM': (text) => Buffer.from(`\ufeff${text}`, 'utf16le').swap16(),
};

export interface CollectionShape {
  /** Reports in the collection: exactly this many, or a range. */
  reports: number | [number, number];
  /** Runs of consecutive source lines per report. */
  runs: [number, number];
}

/** Collections of a few short reports: what `npm test` runs by the hundred, and `npm run bench` by the thousand. */
export const SMALL_COLLECTIONS: CollectionShape = { reports: [1, 5], runs: [1, 8] };

const PLACES = ['城关', '新华', '长安', '高新', '东湖', '临江', '北山', '南湖', '滨海', '河西', '青山', '白沙'];
const SUFFIX: Record<(typeof LEVELS)[number], string> = { province: '省', city: '市', district: '区', county: '县', zone: '开发区', town: '镇' };

// Characters a catalog field may hold that mean something to MDX, YAML, HTML, CSV or a URL,
// beside Chinese, full-width marks and a character outside the Basic Multilingual Plane.
const FIELD_CHARACTERS = [...'工会区县<>{}&"\'`:#*_[]|-—/\\$%?!·（）“”=+@ a1', '𡋾'];
/** Free text of a catalog field, up to `max` characters, empty included. */
const freeText = (max: number) => fc.string({ unit: fc.constantFrom(...FIELD_CHARACTERS), maxLength: max });

// Pieces of region ids: `vs` among them, so ids start or end with it as slugs may.
const ID_PIECES = ['a', 'b', 'vs'];
const validId = (schema: { safeParse: (id: string) => { success: boolean } }) => (id: string) => schema.safeParse(id).success;
const validRegionId = validId(catalogEntrySchema.shape.region.shape.id);
const validReportId = validId(catalogEntrySchema.shape.id);
/** A region id as a contributor might choose one: one to three pieces, as the catalog's rules allow. */
const regionSlug = fc
  .array(fc.constantFrom(...ID_PIECES), { minLength: 1, maxLength: 3 })
  .map((pieces) => pieces.join('-'))
  .filter(validRegionId);

/** A valid date of the calendar, as the catalog writes it. */
const isoDate = fc
  .date({ min: new Date('2009-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A region's fields, shared by all its reports (one id, one name, level and province). */
const regionFields = fc.record(
  {
    slug: regionSlug,
    place: fc.constantFrom(...PLACES),
    decoration: freeText(6),
    level: fc.constantFrom(...LEVELS),
    province: fc.oneof(fc.constantFrom('河北省', '青海省', '新疆维吾尔自治区', '重庆市'), freeText(8)),
    nameEn: fc.oneof(fc.constantFrom('Chengguan', 'Binhai New Area'), freeText(8)),
  },
  { requiredKeys: ['slug', 'place', 'decoration', 'level'] },
);

const periodOf = fc
  .record({ end: fc.integer({ min: 2009, max: 2025 }), years: fc.constantFrom(1, 1, 1, 2, 3, 5, 5, 10), inclusive: fc.boolean() })
  .map(({ end, years, inclusive }) => ({ start: end - years + (inclusive ? 1 : 0), end, years }));

/** Optional fields of an entry, each present or not. */
const optionalFields = fc.record(
  {
    title: fc.oneof(fc.constantFrom('工会工作报告', '工作回顾与展望'), freeText(12)),
    organization: fc.oneof(fc.constant('总工会'), freeText(8)),
    note: fc.oneof(fc.constantFrom('全年', '“五年来”回顾'), freeText(12)),
    source: fc.record(
      {
        publisher: fc.oneof(fc.constantFrom('', '日报'), freeText(8)),
        author: fc.oneof(fc.constantFrom('记者', '通讯员'), freeText(8)),
        published: fc.option(isoDate),
        url: fc.option(fc.constantFrom('https://example.org/report', 'http://example.org/a?b=1&c=<x>', 'https://例子.中国/报告')),
      },
      { requiredKeys: [] },
    ),
    members: fc.record({ value: fc.integer({ min: 1, max: 50_000_000 }), year: fc.integer({ min: 2009, max: 2025 }) }),
  },
  { requiredKeys: [] },
);

/** One report: its region (an index into the collection's regions), period, optional fields and text. */
const reportOf = (pool: ParagraphPool, runs: [number, number]) =>
  fc.record({
    region: fc.nat(),
    period: periodOf,
    optional: optionalFields,
    title: fc.boolean(),
    fullWidth: fc.boolean(),
    blankLines: fc.boolean(),
    crlf: fc.boolean(),
    encoding: fc.constantFrom(...Object.keys(ENCODINGS)),
    runs: fc.array(fc.record({ start: fc.nat(pool.lines.length - 1), length: fc.integer({ min: 1, max: 6 }), joined: fc.boolean() }), {
      minLength: runs[0],
      maxLength: runs[1],
    }),
  });

type Report = ReturnType<typeof reportOf> extends fc.Arbitrary<infer R> ? R : never;
type Region = ReturnType<typeof regionFields.generate>['value'];

/** Regions for a collection of `n` reports: as many as there are reports for a small one, about two in five for a grown one. */
const regionCount = (n: number) => (n <= 8 ? n : Math.max(1, Math.round(n * 0.39)));

function assemble(pool: ParagraphPool, regions: Region[], reports: Report[]): Collection {
  const catalog: Collection['catalog'] = [];
  const files: Record<string, Uint8Array> = {};
  // A region takes its chosen id unless an earlier region has it; then a numbered one, which no chosen id looks like.
  const taken = new Set<string>();
  const ids = regions.map((region, r) => {
    const id = taken.has(region.slug) ? `r${r + 1}` : region.slug;
    taken.add(id);
    return id;
  });
  reports.forEach((report, n) => {
    const r = report.region % regions.length;
    const region = regions[r]!;
    const name = `${region.place}${r + 1}${region.decoration}${SUFFIX[region.level]}`;
    // Unique whatever the region ids: the last two pieces are the year and the report's place
    // in the catalog; a numbered one, which no other looks like, where the region's is no valid start.
    const named = `${ids[r]}-${report.period.end}-${n + 1}`;
    const id = validReportId(named) ? named : `n${n + 1}-${report.period.end}`;
    const file = `${id}.txt`;
    const { optional: o, period } = report;
    // A joined run is its lines as one paragraph, as a copy that lost its line breaks prints them.
    const body = report.runs.flatMap(({ start, length, joined }) => {
      const lines = pool.lines.slice(start, start + length);
      return joined ? [lines.map((l) => l.trim()).join('')] : lines;
    });
    const heading = report.title ? [`${name}总工会${period.end}年工作报告`] : [];
    const newline = report.crlf ? '\r\n' : '\n';
    const text = [...heading, ...body].join(report.blankLines ? newline + newline : newline);
    files[file] = ENCODINGS[report.encoding]!(report.fullWidth ? toFullWidth(text) : text);
    catalog.push({
      id,
      file,
      ...(o.title !== undefined ? { title: `${name}${o.title}` } : {}),
      region: {
        id: ids[r]!,
        name,
        ...(region.nameEn !== undefined ? { nameEn: region.nameEn } : {}),
        level: region.level,
        ...(region.province !== undefined ? { province: region.province } : {}),
      },
      ...(o.organization !== undefined ? { organization: `${name}${o.organization}` } : {}),
      period: { ...period, ...(o.note !== undefined ? { note: o.note } : {}) },
      ...(o.members ? { denominators: { members: { ...o.members, source: `${name}总工会统计` } } } : {}),
      ...(o.source ? { source: o.source } : {}),
    });
  });
  return { catalog, files };
}

/**
 * Random collections of real report lines recombined under new, valid catalog entries:
 * runs of consecutive lines from anywhere in the pool (a heading keeps the paragraphs after
 * it, a 其中 its total), some run together into one paragraph, repeated at random within
 * and across reports as collections that quote earlier reports do; each report in ASCII or
 * full-width punctuation, in one of the encodings and line ends reports arrive in; several
 * reports per region, their periods' years agreeing either way they are counted.
 */
export function collectionArbitrary(pool: ParagraphPool, shape: CollectionShape): fc.Arbitrary<Collection> {
  const [min, max] = typeof shape.reports === 'number' ? [shape.reports, shape.reports] : shape.reports;
  return fc
    .integer({ min, max })
    .chain((n) =>
      fc.tuple(
        fc.array(regionFields, { minLength: n <= 8 ? 1 : regionCount(n), maxLength: regionCount(n) }),
        fc.array(reportOf(pool, shape.runs), { minLength: n, maxLength: n }),
      ),
    )
    .map(([regions, reports]) => assemble(pool, regions, reports));
}

/** Writes a collection as a seeds/ folder: its report files and catalog.json. */
export function writeCollection(dir: string, collection: Collection): void {
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(collection.files)) writeFileSync(join(dir, file), text);
  writeFileSync(join(dir, 'catalog.json'), `${JSON.stringify(collection.catalog, null, 2)}\n`);
}
