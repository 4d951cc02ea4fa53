import { execFileSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../scripts/ingest/catalog.ts';

let seeds: string;
let catalog: Array<Record<string, unknown>>;

beforeEach(() => {
  seeds = mkdtempSync(join(tmpdir(), 'catalog-'));
  cpSync('seeds', seeds, { recursive: true });
  catalog = JSON.parse(readFileSync(join(seeds, 'catalog.json'), 'utf8'));
});
afterEach(() => rmSync(seeds, { recursive: true, force: true }));

function write(entries: unknown): void {
  writeFileSync(join(seeds, 'catalog.json'), JSON.stringify(entries, null, 2));
}

/** Line of the first `text` after `after` in the written catalog. */
function lineOf(after: string, text: string): number {
  const source = readFileSync(join(seeds, 'catalog.json'), 'utf8');
  return source.slice(0, source.indexOf(text, source.indexOf(after))).split('\n').length;
}

describe('loadCatalog', () => {
  it('reads the seeds catalog in order', () => {
    expect(loadCatalog('seeds').map((e) => e.id)).toEqual(['kuitun-2025', 'xinjiang-2018-2023', 'chengzhong-2019-2024', 'changli-2025']);
  });

  it('names the entry and line of a missing required field', () => {
    delete (catalog[2]!.region as Record<string, unknown>).name;
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(
      `${join(seeds, 'catalog.json')}:${lineOf('"chengzhong-2019-2024"', '"region"')}: entry "chengzhong-2019-2024" (#3): region.name is required`,
    );
  });

  it('names the entry of a bad value', () => {
    (catalog[0]!.region as Record<string, unknown>).level = 'planet';
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/catalog\.json:\d+: entry "kuitun-2025" \(#1\): region\.level /);
  });

  it('names both entries of a duplicate id', () => {
    catalog[3]!.id = 'kuitun-2025';
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/entry "kuitun-2025" \(#4\): duplicate id "kuitun-2025", already used by entry "kuitun-2025" \(#1\)/);
  });

  it('names an entry whose file is missing', () => {
    catalog[1]!.file = 'missing.txt';
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/entry "xinjiang-2018-2023" \(#2\): file "missing\.txt" is not in/);
  });

  it('names a report file that has no entry', () => {
    writeFileSync(join(seeds, 'extra.txt'), '多出来的报告');
    expect(() => loadCatalog(seeds)).toThrow(`${join(seeds, 'extra.txt')}: has no entry in ${join(seeds, 'catalog.json')}: add one or remove the file`);
  });

  it('names the line of a JSON syntax error', () => {
    writeFileSync(join(seeds, 'catalog.json'), '[\n  { "id": "a",\n    "file": }\n]');
    expect(() => loadCatalog(seeds)).toThrow(/catalog\.json:3: invalid JSON/);
  });

  it('refuses a catalog that is not an array, and a missing catalog', () => {
    writeFileSync(join(seeds, 'catalog.json'), '{}');
    expect(() => loadCatalog(seeds)).toThrow(/catalog\.json:1: the catalog must be a JSON array/);
    rmSync(join(seeds, 'catalog.json'));
    expect(() => loadCatalog(seeds)).toThrow(/catalog\.json: the catalog is missing/);
  });

  it('refuses an empty catalog unless an empty site is asked for', () => {
    write([]);
    expect(() => loadCatalog(seeds)).toThrow(/catalog\.json:1: the catalog lists no reports: add an entry per report, or pass --allow-empty/);
    for (const f of catalog) rmSync(join(seeds, f.file as string));
    expect(loadCatalog(seeds, { allowEmpty: true })).toEqual([]);
  });

  it('reads report files only: no links, folders or pipes, listed or not', () => {
    rmSync(join(seeds, catalog[0]!.file as string));
    symlinkSync('/etc/passwd', join(seeds, catalog[0]!.file as string));
    expect(() => loadCatalog(seeds)).toThrow(/entry "kuitun-2025" \(#1\): file "000_e955568ee06e6c7b\.txt" is a symbolic link; copy the report itself/);
    rmSync(join(seeds, catalog[0]!.file as string));
    mkdirSync(join(seeds, catalog[0]!.file as string));
    expect(() => loadCatalog(seeds)).toThrow(/file "000_e955568ee06e6c7b\.txt" is a folder/);
    rmSync(join(seeds, catalog[0]!.file as string), { recursive: true });
    execFileSync('mkfifo', [join(seeds, catalog[0]!.file as string)]);
    expect(() => loadCatalog(seeds)).toThrow(/file "000_e955568ee06e6c7b\.txt" is not a regular file \(a pipe/);
    rmSync(join(seeds, catalog[0]!.file as string));
    cpSync('seeds/000_e955568ee06e6c7b.txt', join(seeds, catalog[0]!.file as string));
    symlinkSync('/etc/passwd', join(seeds, 'passwd.txt'));
    expect(() => loadCatalog(seeds)).toThrow(`${join(seeds, 'passwd.txt')}: is a symbolic link; copy the report itself into seeds/`);
  });

  it('accepts a report file named like a readme when the catalog lists it', () => {
    writeFileSync(join(seeds, 'readme.txt'), '一份名叫 readme 的报告。');
    catalog.push({ ...catalog[0]!, id: 'other-2025', file: 'readme.txt', region: { id: 'other', name: '某县', level: 'county' } });
    write(catalog);
    expect(loadCatalog(seeds).at(-1)!.file).toBe('readme.txt');
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/passwd'],
  ])('refuses a source address that is not http(s): %s', (url) => {
    (catalog[0]!.source as Record<string, unknown>).url = url;
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/entry "kuitun-2025" \(#1\): source\.url must be an http:\/\/ or https:\/\/ address/);
  });

  it('refuses years that disagree with the start and end of the period', () => {
    (catalog[0]!.period as Record<string, unknown>).years = 37.5;
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/entry "kuitun-2025" \(#1\): period\.years /);
    (catalog[1]!.period as Record<string, unknown>).years = 3;
    (catalog[0]!.period as Record<string, unknown>).years = 1;
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/entry "xinjiang-2018-2023" \(#2\): period\.years must be end − start or end − start \+ 1/);
  });

  it('refuses one region id on two different regions, naming both entries', () => {
    (catalog[3]!.region as Record<string, unknown>).id = 'kuitun';
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(
      /entry "changli-2025" \(#4\): region "kuitun" has name "秦皇岛市昌黎县" here but "奎屯-独山子经济技术开发区" in entry "kuitun-2025" \(#1\): give one region one id/,
    );
  });

  it('refuses a region’s second report that gives it another province or level, naming both entries', () => {
    catalog[3]!.region = { ...(catalog[3]!.region as object), id: 'changli' };
    cpSync('tests/fixtures/regions/changli-2024.txt', join(seeds, 'changli-2024.txt'));
    catalog.push({ ...catalog[3]!, id: 'changli-2024', file: 'changli-2024.txt', period: { start: 2024, end: 2024, years: 1 }, region: { ...(catalog[3]!.region as object), province: '辽宁省' } });
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/entry "changli-2024" \(#5\): region "changli" has province "辽宁省" here but "河北省" in entry "changli-2025" \(#4\)/);
    (catalog[4]!.region as Record<string, unknown>).province = '河北省';
    (catalog[4]!.region as Record<string, unknown>).level = 'district';
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/entry "changli-2024" \(#5\): region "changli" has level "district" here but "county"/);
  });

  it('refuses ids that would make comparison URLs ambiguous', () => {
    (catalog[0]!.region as Record<string, unknown>).id = 'north-vs-south';
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/region\.id must not contain "-vs-"/);
  });

  it('refuses region ids that would give two comparison pages one URL', () => {
    // Found by the property test: regions a-vs, a and vs-a made two pages a-vs-vs-a.
    for (const id of ['a-vs', 'vs-a']) {
      (catalog[1]!.region as Record<string, unknown>).id = id;
      write(catalog);
      expect(() => loadCatalog(seeds)).toThrow(new RegExp(`catalog\\.json:${lineOf('"xinjiang', `"${id}"`)}: entry "xinjiang-2018-2023" \\(#2\\): region\\.id must not start with "vs-" or end with "-vs"`));
    }
    (catalog[1]!.region as Record<string, unknown>).id = 'vs';
    write(catalog);
    expect(loadCatalog(seeds)[1]!.region.id).toBe('vs');
  });

  it('refuses control and text-direction characters in any text field', () => {
    (catalog[0]!.region as Record<string, unknown>).name = '奎屯\u202e区';
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/entry "kuitun-2025" \(#1\): region\.name must not hold control or text-direction characters/);
    (catalog[0]!.region as Record<string, unknown>).name = '奎屯';
    catalog[0]!.organization = '总工会\u0007';
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/organization must not hold control/);
  });

  it('says which type a field of the wrong type should have', () => {
    (catalog[0]!.period as Record<string, unknown>).start = '2025';
    write(catalog);
    expect(() => loadCatalog(seeds)).toThrow(/entry "kuitun-2025" \(#1\): period\.start Invalid input: expected number, received string/);
  });
});

/** What loadCatalog throws, as its one line. */
function refusal(options?: Parameters<typeof loadCatalog>[1]): string {
  try {
    loadCatalog(seeds, options);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the catalog was accepted');
}

describe('loadCatalog bounds what one build takes', () => {
  const limits = { reports: 4, reportBytes: 1024 * 1024, catalogBytes: 64 * 1024 };

  it('refuses a field over its length limit in a short line that names the limit, not the field', () => {
    (catalog[0]!.region as Record<string, unknown>).name = '奎'.repeat(1024 * 1024);
    write(catalog);
    const said = refusal();
    expect(said).toMatch(/entry "kuitun-2025" \(#1\): region\.name is 1048576 characters long, over the limit of 100 \(FIELD_LIMITS in src\/contracts\/catalog\.ts\)$/);
    expect(said.length).toBeLessThan(300);
  });

  it('refuses an id too long to be a path, naming its line and quoting only its start', () => {
    catalog[1]!.id = 'a'.repeat(260);
    write(catalog);
    const said = refusal();
    expect(said).toMatch(new RegExp(`catalog\\.json:${lineOf('"a', 'aaaa')}: entry "a{64}…" \\(#2\\): id is 260 characters long, over the limit of 64`));
  });

  it('refuses a period note pasted many times over', () => {
    (catalog[2]!.period as Record<string, unknown>).note = '五年来'.repeat(200);
    write(catalog);
    expect(refusal()).toMatch(/entry "chengzhong-2019-2024" \(#3\): period\.note is 600 characters long, over the limit of 300/);
  });

  it('refuses more reports than the limit, naming the first entry past it and how to raise it', () => {
    catalog.push({ ...catalog[3]!, id: 'changli-2026', file: 'changli-2026.txt' });
    writeFileSync(join(seeds, 'changli-2026.txt'), readFileSync(join(seeds, String(catalog[3]!.file))));
    write(catalog);
    expect(refusal({ limits })).toMatch(new RegExp(`catalog\\.json:${lineOf('"changli-2026"', '"changli-2026"') - 1}: the catalog lists 5 reports, over the limit of 4: raise MAX_REPORTS`));
    expect(loadCatalog(seeds, { limits: { ...limits, reports: 5 } })).toHaveLength(5);
  });

  it('refuses a report file over the size limit before reading it, naming its entry', () => {
    writeFileSync(join(seeds, String(catalog[3]!.file)), Buffer.alloc(2 * 1024 * 1024, 'a'));
    expect(refusal({ limits })).toMatch(/entry "changli-2025" \(#4\): file ".*" is 2\.0 MB, over the limit of 1\.0 MB for one report: check that it holds one report, or raise MAX_REPORT_MB$/);
  });

  it('refuses a catalog file larger than its number of reports could fill', () => {
    writeFileSync(join(seeds, 'catalog.json'), `${JSON.stringify(catalog)}${' '.repeat(70 * 1024)}`);
    expect(refusal({ limits })).toMatch(/catalog\.json: the catalog is 0\.1 MB, more than a catalog of 4 reports \(MAX_REPORTS\) needs/);
  });

  it('refuses a key given twice in one object, which JSON.parse would settle silently', () => {
    const source = JSON.stringify(catalog, null, 2).replace('"organization":', '"organization": "某工会",\n    "organization":');
    writeFileSync(join(seeds, 'catalog.json'), source);
    expect(refusal()).toMatch(new RegExp(`catalog\\.json:${lineOf('"kuitun-2025"', '"organization"') + 1}: the key "organization" is given twice in one object: keep one of them`));
  });

  it('refuses a date that is not a day of the calendar', () => {
    for (const day of ['2025-99-99', '2023-02-29', '2024-00-10']) {
      (catalog[0]!.source as Record<string, unknown>).published = day;
      write(catalog);
      expect(refusal(), day).toMatch(/entry "kuitun-2025" \(#1\): source\.published must be a day of the calendar/);
    }
    (catalog[0]!.source as Record<string, unknown>).published = '2024-02-29';
    write(catalog);
    expect(loadCatalog(seeds)).toHaveLength(4);
  });

  it('refuses an address with a user name or password, which every page would publish', () => {
    (catalog[0]!.source as Record<string, unknown>).url = 'https://editor:secret@example.org/report';
    write(catalog);
    expect(refusal()).toMatch(/entry "kuitun-2025" \(#1\): source\.url must not hold a user name or password/);
  });

  it('refuses private-use characters, which pages show as nothing or a box', () => {
    catalog[0]!.organization = '奎屯\ue000总工会';
    write(catalog);
    expect(refusal()).toMatch(/entry "kuitun-2025" \(#1\): organization must not hold private-use characters/);
  });
});

describe('loadCatalog and hard links', () => {
  it('refuses a report file with a second name elsewhere on the disk, listed or not, and the catalog itself', () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    try {
      writeFileSync(join(outside, 'secret'), 'root:x:0:0:root:/root:/bin/bash\n');
      rmSync(join(seeds, catalog[0]!.file as string));
      linkSync(join(outside, 'secret'), join(seeds, catalog[0]!.file as string));
      expect(() => loadCatalog(seeds)).toThrow(/entry "kuitun-2025" \(#1\): file "000_e955568ee06e6c7b\.txt" is a hard link .*; copy the report itself into seeds\/$/);
      rmSync(join(seeds, catalog[0]!.file as string));
      cpSync('seeds/000_e955568ee06e6c7b.txt', join(seeds, catalog[0]!.file as string));
      expect(loadCatalog(seeds)).toHaveLength(4);
      linkSync(join(outside, 'secret'), join(seeds, 'secret.txt'));
      expect(() => loadCatalog(seeds)).toThrow(`${join(seeds, 'secret.txt')}: is a hard link`);
      rmSync(join(seeds, 'secret.txt'));
      linkSync(join(seeds, 'catalog.json'), join(outside, 'catalog.json'));
      expect(() => loadCatalog(seeds)).toThrow(`${join(seeds, 'catalog.json')}: the catalog is a hard link`);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
