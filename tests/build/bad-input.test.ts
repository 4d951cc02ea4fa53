import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, treeDigest } from '../helpers/run-build.ts';
import { serveStatic } from '../helpers/static-server.ts';

// A project of its own, built once, that every attempt below tries to spoil.
const work = mkdtempSync(join(tmpdir(), 'bad-input-'));
const site = { content: join(work, 'content'), dist: join(work, 'dist') };

beforeAll(() => {
  const run = runBuild(site);
  if (run.status !== 0) throw new Error(run.stderr);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of seeds/ to spoil, its catalog as objects. */
function seedsCopy(name: string): { dir: string; catalog: Array<Record<string, any>>; save: () => void } {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync('seeds', dir, { recursive: true });
  const catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8'));
  return { dir, catalog, save: () => writeFileSync(join(dir, 'catalog.json'), JSON.stringify(catalog, null, 2)) };
}

const digest = () => ({ content: treeDigest(site.content), dist: treeDigest(site.dist) });

/** A build of `seeds` that must be refused: exit 1, one line naming where, and the published pair untouched. */
function refused(seeds: string, pattern: RegExp, args: string[] = [], env: Record<string, string> = {}): void {
  const before = digest();
  const run = runBuild({ seeds, ...site }, args, env);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(digest()).toEqual(before);
}

describe('bad input is refused with one line, and the published site stays as it was', () => {
  it('an empty catalog with no reports (unless --allow-empty is passed on purpose)', () => {
    const { dir, catalog, save } = seedsCopy('empty');
    for (const entry of catalog) rmSync(join(dir, entry.file));
    catalog.length = 0;
    save();
    refused(dir, /catalog\.json:1: the catalog lists no reports: add an entry per report, or pass --allow-empty/);
    const empty = { content: join(work, 'empty-site', 'content'), dist: join(work, 'empty-site', 'dist') };
    const run = runBuild({ seeds: dir, ...empty }, ['--allow-empty']);
    expect(run.status).toBe(0);
    expect(existsSync(join(empty.dist, 'index.html'))).toBe(true);
  });

  it('a link in seeds/ to a file elsewhere (/etc/passwd), listed or not', () => {
    const { dir, catalog } = seedsCopy('link');
    rmSync(join(dir, catalog[1]!.file));
    symlinkSync('/etc/passwd', join(dir, catalog[1]!.file));
    refused(dir, /catalog\.json:\d+: entry "xinjiang-2018-2023" \(#2\): file "001_5d2be9042f3dd9c6\.txt" is a symbolic link/);
  });

  it('a pipe in seeds/, which would hang a reader', () => {
    const { dir } = seedsCopy('fifo');
    spawnSync('mkfifo', [join(dir, 'stuck.txt')]);
    refused(dir, /stuck\.txt: is not a regular file \(a pipe, socket or device\)/);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd'])('a source address %s', (url) => {
    const { dir, catalog, save } = seedsCopy('url');
    catalog[0]!.source.url = url;
    save();
    refused(dir, /entry "kuitun-2025" \(#1\): source\.url must be an http:\/\/ or https:\/\/ address/);
  });

  it('years that disagree with the period, one region id for two regions, an id with -vs-', () => {
    const { dir, catalog, save } = seedsCopy('periods');
    catalog[0]!.period.years = 37.5;
    save();
    refused(dir, /entry "kuitun-2025" \(#1\): period\.years /);
    catalog[0]!.period.years = 1;
    catalog[2]!.region.id = 'xinjiang';
    save();
    refused(dir, /entry "chengzhong-2019-2024" \(#3\): region "xinjiang" has name .* in entry "xinjiang-2018-2023" \(#2\)/);
    catalog[2]!.region.id = 'north-vs-south';
    save();
    refused(dir, /region\.id must not contain "-vs-"/);
  });

  it('control and text-direction characters in a catalog field', () => {
    const { dir, catalog, save } = seedsCopy('controls');
    catalog[3]!.region.name = '昌黎\u0007县';
    save();
    refused(dir, /entry "changli-2025" \(#4\): region\.name must not hold control or text-direction characters/);
    catalog[3]!.region.name = '昌\u202e黎县';
    save();
    refused(dir, /region\.name must not hold control/);
  });

  it('a SITE_URL that is no http(s) address, before anything is staged', () => {
    refused('seeds', /^build: SITE_URL "example\.org": use the http\(s\) address the site is served from/, [], { SITE_URL: 'example.org' });
  });

  it('a SITE_URL with a path, which full addresses would lose', () => {
    refused('seeds', /^build: SITE_URL "https:\/\/example\.org\/sub\/dir" has a path: give the address without it \(https:\/\/example\.org\) and the path as BASE_PATH=\/sub\/dir\/:/, [], {
      SITE_URL: 'https://example.org/sub/dir',
    });
  });

  it('a catalog field pasted over and over, an overlong id, a date off the calendar, an address with a password, a key given twice', () => {
    const { dir, catalog, save } = seedsCopy('fields');
    const region = catalog[3]!.region.name;
    catalog[3]!.region.name = '昌黎'.repeat(512 * 1024);
    save();
    refused(dir, /entry "changli-2025" \(#4\): region\.name is 1048576 characters long, over the limit of 100/);
    catalog[3]!.region.name = region;
    catalog[3]!.id = 'c'.repeat(260);
    save();
    refused(dir, /catalog\.json:\d+: entry "c{64}…" \(#4\): id is 260 characters long, over the limit of 64/);
    catalog[3]!.id = 'changli-2025';
    catalog[3]!.source.published = '2025-99-99';
    save();
    refused(dir, /source\.published must be a day of the calendar/);
    catalog[3]!.source.published = null;
    catalog[3]!.source.url = 'https://user:secret@example.org/x';
    save();
    refused(dir, /source\.url must not hold a user name or password/);
    catalog[3]!.source.url = null;
    save();
    const file = join(dir, 'catalog.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"organization":', '"organization": "x",\n    "organization":'));
    refused(dir, /catalog\.json:\d+: the key "organization" is given twice in one object/);
  });

  it('more reports, or a larger report, than the limits, naming the setting that raises each', () => {
    const { dir, catalog } = seedsCopy('limits');
    refused(dir, /catalog\.json:\d+: the catalog lists 4 reports, over the limit of 3: raise MAX_REPORTS/, [], { MAX_REPORTS: '3' });
    writeFileSync(join(dir, catalog[2]!.file), Buffer.alloc(1536 * 1024, 'a'));
    refused(dir, /entry "chengzhong-2019-2024" \(#3\): file ".*" is 1\.5 MB, over the limit of 1\.0 MB for one report: check that it holds one report, or raise MAX_REPORT_MB$/m, [], { MAX_REPORT_MB: '1' });
  });

  it('a site that fails to build while the search stage indexes the reports beside it', () => {
    // A changed report, so its bundle is indexed afresh while Astro runs, not copied from the search cache.
    const copy = seedsCopy('site-fails');
    const file = join(copy.dir, copy.catalog[0]!.file);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\n另据统计，全年新建职工书屋17家。\n`);
    // Astro alone reads ASTRO_KEY, and fails on one that is no key.
    refused(copy.dir, /^build: the site did not build \(exit 1\)/, [], { ASTRO_KEY: 'no key' });
  });

  it('a second build while one runs', async () => {
    const first = spawn(process.execPath, ['scripts/build.ts'], { env: { ...process.env, CONTENT_DIR: site.content, DIST_DIR: site.dist } });
    const lock = join(work, '.dist-builds', 'lock');
    while (!existsSync(lock)) await new Promise((r) => setTimeout(r, 20));
    const second = runBuild(site);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`lock: another build \\(process ${first.pid}\\) is running: wait for it to finish, then build again\\n$`));
    expect(await new Promise((r) => first.on('exit', r))).toBe(0);
  });
});

/**
 * Clauses of the endless sentence below, two figures each: forty thousand characters, a hundred
 * times the window a fact stores of it.
 */
const CLAUSES = 2000;

describe('hostile report text builds, made harmless', () => {
  const hostile = { content: join(work, 'hostile', 'content'), dist: join(work, 'hostile', 'dist') };
  let log = '';

  beforeAll(() => {
    const { dir, catalog, save } = seedsCopy('hostile-seeds');
    catalog[3]!.region.name = "-1+1+cmd|' /C calc'!A0";
    catalog[2]!.region.name = ' =2+cmd|城中区';
    const long = '全年开展活动32场,覆盖职工1.2万人次'.repeat(CLAUSES);
    const report = readFileSync(join(dir, catalog[3]!.file), 'utf8');
    // Into the body, after its first paragraph: what follows a web page's footer is page furniture and dropped.
    const lines = report.split('\n');
    const body = lines.findIndex((line) => line.length > 50 && line.includes('。'));
    // A GBK user-defined character decodes to the private-use area, where the pipeline's own damage marks are.
    lines.splice(body + 1, 0, '反向\u202e文字\u200f结束,-1+WEBSERVICE("http://x")等内容。', '职工书屋\ue001建成\ue000\ue000，全年新增会员2\ue0051人。', long);
    writeFileSync(join(dir, catalog[3]!.file), lines.join('\n'));
    save();
    const run = runBuild({ seeds: dir, ...hostile });
    expect(run.status, run.stderr).toBe(0);
    log = run.stdout;
  });

  it('removes control and text-direction characters from the text and says how many', () => {
    expect(log).toMatch(/build: removed 2 control or text-direction characters/);
    const html = readFileSync(join(hostile.dist, 'reports/changli-2025/index.html'), 'utf8');
    expect(html).not.toMatch(/[\u202e\u200f]/u);
    expect(html).toContain('反向文字结束');
  });

  it('shows a private-use character as a damaged character, never as markup', () => {
    const html = readFileSync(join(hostile.dist, 'reports/changli-2025/index.html'), 'utf8');
    expect(html).not.toMatch(/[\ue000-\uf8ff]/u);
    expect(html).toMatch(/职工书屋<span class="damaged"[^>]*>\ufffd<\/span>建成<span class="damaged"[^>]*>\ufffd\ufffd<\/span>/);
  });

  it('keeps every text cell of the CSV downloads from running as a formula', () => {
    const files = [join(hostile.dist, 'data/facts.csv'), join(hostile.dist, 'data/indicators.csv')];
    for (const name of readdirSync(join(hostile.dist, 'charts')).filter((f) => f.endsWith('.csv'))) files.push(join(hostile.dist, 'charts', name));
    let seen = 0;
    for (const file of files) {
      for (const row of csvParse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))) {
        for (const cell of Object.values(row)) {
          if (cell && /^\s*[=+\-@]|^[\t\r]/.test(cell)) expect(Number.isFinite(Number(cell)), `${file}: ${cell}`).toBe(true);
          if (cell?.includes('cmd|') || cell?.includes('WEBSERVICE')) seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('stores a window of an endless sentence with each of its facts, not the whole sentence', () => {
    const bytes = readFileSync(join(hostile.dist, 'data/facts.json'));
    const data = JSON.parse(bytes.toString('utf8')) as { facts: Array<{ sentence: string }> };
    expect(data.facts.length).toBeGreaterThan(2 * CLAUSES);
    expect(Math.max(...data.facts.map((f) => f.sentence.length))).toBeLessThanOrEqual(400);
    expect(bytes.length / data.facts.length).toBeLessThan(1500);
  });
});

describe('a build killed at any moment', () => {
  it('leaves the old or the new content/ and dist/, matching and serving, 20 times out of 20', async () => {
    // Two versions of a one-report catalog (every stage of a build, in less time), so that
    // a pair mixed from both would show.
    const versions = ['a', 'b'].map((v) => {
      const copy = seedsCopy(`kill-${v}`);
      for (const entry of copy.catalog.slice(1)) rmSync(join(copy.dir, entry.file));
      copy.catalog.splice(1);
      copy.catalog[0]!.title = `奎屯 ${v}`;
      copy.save();
      return copy.dir;
    });
    const one = performance.now();
    expect(runBuild({ seeds: versions[0]!, ...site }).status).toBe(0);
    const oneMs = performance.now() - one;
    const titles = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { reports: Array<{ id: string; title: string }> }).reports;
    for (let i = 0; i < 20; i++) {
      const child = spawn(process.execPath, ['scripts/build.ts'], {
        detached: true,
        stdio: 'ignore',
        env: { ...process.env, SEEDS_DIR: versions[i % 2]!, CONTENT_DIR: site.content, DIST_DIR: site.dist },
      });
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, Math.random() * oneMs * 1.1));
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // The build had finished before the kill.
      }
      await exited;

      const reports = titles(join(site.content, 'data', 'facts.json'));
      expect(titles(join(site.dist, 'data', 'facts.json'))).toEqual(reports);
      for (const { id, title } of reports) {
        expect(existsSync(join(site.content, 'reports', `${id}.mdx`))).toBe(true);
        // The page of this version, not a copy a killed build left in Astro's cache.
        expect(readFileSync(join(site.dist, 'reports', id, 'index.html'), 'utf8')).toContain(`<h1>${title}</h1>`);
      }
      const server = await serveStatic(site.dist);
      try {
        expect((await fetch(`${server.url}/`)).status).toBe(200);
        expect((await fetch(`${server.url}/pagefind/pagefind.js`)).status).toBe(200);
      } finally {
        await server.close();
      }
    }
    // The next build clears what the killed ones left, keeping only the published build and Astro's cache.
    expect(runBuild(site).status).toBe(0);
    const kept = readdirSync(join(work, '.dist-builds')).sort();
    expect(kept).toHaveLength(3);
    expect(kept).toEqual(expect.arrayContaining(['current', 'site-cache']));
  }, 600_000);
});
