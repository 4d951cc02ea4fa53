import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { csvParse } from 'd3-dsv';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { factsDataSchema } from '../../src/contracts/facts-data.ts';
import { HOSTILE_BYTES } from '../helpers/hostile-seeds.ts';
import { mainText, runBuild, treeDigest } from '../helpers/run-build.ts';

const { content, dist } = inject('site');
const work = mkdtempSync(join(tmpdir(), 'site-'));
const REPORTS = ['kuitun-2025', 'xinjiang-2018-2023', 'chengzhong-2019-2024', 'changli-2025'];
const page = (id: string) => readFileSync(join(dist, 'reports', id, 'index.html'), 'utf8');

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the site built from seeds/', () => {
  it('has the home page and a page per report, all declaring zh-CN', () => {
    for (const file of ['index.html', ...REPORTS.map((id) => `reports/${id}/index.html`)]) {
      expect(readFileSync(join(dist, file), 'utf8')).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/i);
    }
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    for (const id of REPORTS) expect(home).toContain(`href="/reports/${id}/"`);
  });

  it.each(REPORTS)('leaves no page chrome or pinyin in %s', (id) => {
    const html = page(id);
    for (const noise of ['图片', '.jpg', '左右滑动', '相关资料图', '查看:', '回复:', '马上注册', 'Copyright', 'ICP', '监制', '责编']) {
      expect(html).not.toContain(noise);
    }
    expect(html).not.toMatch(/\p{Script=Han}\([a-zà-ǜ]+ ?\)/u);
  });

  it('renders every broken sentence of the 城中区 report whole', () => {
    const text = mainText(page('chengzhong-2019-2024'));
    expect(text).toContain('其中解决农民工欠薪问题60余起');
    expect(text).toContain('对全区13家重点企业开展“法治体检”');
    expect(text).toContain('该项目作为好经验、好做法');
  });

  it('reads the 新疆 report in simplified Chinese and offers the traditional original', () => {
    const html = page('xinjiang-2018-2023');
    const [body, original] = mainText(html).split('查看原文');
    expect(body).toContain('自治区工会第十三次代表大会在乌鲁木齐召开');
    expect(body).not.toContain('工會');
    expect(original).toContain('自治區工會第十三次代表大會在烏魯木齊召開');
    // The pinyin a lost character kept beside it (`?wù)?`) is removed whole, the lost characters stay marked.
    expect(html.match(/<span class="damaged"[^>]*>\?\?<\/span>/g)).toHaveLength(4);
    expect(html).not.toContain('wù');
  });

  it('gives headings stable ids that the table of contents links to', () => {
    const html = page('kuitun-2025');
    expect(html).toContain('<h2 id="s1">思想铸魂:理论浸润凝共识,文化聚气筑同心</h2>');
    expect(html).toContain('<h3 id="s1-1"><span class="marker">01</span> “以理润心”:让党的声音直达一线</h3>');
    expect(html).toContain('<a href="#s1-1">“以理润心”:让党的声音直达一线</a>');
  });

  it('shows the byline and author as metadata, outside the body text', () => {
    expect(page('chengzhong-2019-2024')).toContain('<dd>本报记者 徐顺凯</dd>');
    expect(page('changli-2025')).toContain('<dd>李利成</dd>');
    expect(mainText(page('kuitun-2025'))).not.toContain('(通讯员');
  });

  it('publishes facts.json that validates against design.md §3, with every fact where its url points', () => {
    const data = factsDataSchema.parse(JSON.parse(readFileSync(join(dist, 'data/facts.json'), 'utf8')));
    expect(data.facts.length).toBeGreaterThan(200);
    expect(data.reports.map((r) => r.id)).toEqual(REPORTS);
    const pages = new Map(REPORTS.map((id) => [id, page(id)]));
    for (const fact of data.facts) {
      const [path, anchor] = fact.url.split('#');
      expect(path).toBe(`/reports/${fact.report}/`);
      expect(anchor).toBe(fact.id);
      // The number opens its details on tap; a fact with an indicator links to it from there.
      const card = fact.id.slice(fact.report.length + 1);
      const mark = new RegExp(`<mark id="${fact.id}"[^>]*><button type="button" popovertarget="${card}">${fact.text.replace(/[()]/g, '\\$&')}</button><span popover id="${card}"[\\s\\S]*?</mark>`).exec(pages.get(fact.report)!);
      expect(mark, fact.id).not.toBeNull();
      if (fact.indicator) expect(mark![0]).toContain(`href="/indicators/${fact.indicator}/"`);
    }
  });

  it('publishes facts.csv and indicators.csv that open cleanly in Excel', () => {
    const data = JSON.parse(readFileSync(join(dist, 'data/facts.json'), 'utf8')) as { facts: unknown[]; indicators: unknown[] };
    const facts = readFileSync(join(dist, 'data/facts.csv'), 'utf8');
    const indicators = readFileSync(join(dist, 'data/indicators.csv'), 'utf8');
    for (const csv of [facts, indicators]) {
      expect(csv.startsWith('\ufeff')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
    }
    expect(facts.split('\r\n').filter(Boolean)).toHaveLength(data.facts.length + 1);
    // A row per figure the reports give, none for an indicator a report does not mention.
    const values = JSON.parse(readFileSync(join(content, 'data/indicator-values.json'), 'utf8')) as Array<{ indicator: string; report: string }>;
    const rows = csvParse(indicators.replace(/^\uFEFF/, ''));
    expect(rows.map((r) => `${r.indicator} ${r.report}`).sort()).toEqual(values.map((v) => `${v.indicator} ${v.report}`).sort());
    expect(new Set(rows.map((r) => r.mentioned))).toEqual(new Set(['true']));
    expect(facts).toContain('kuitun-2025-f037,kuitun-2025,kuitun,44.9万元,449000,元,exact,flow,449000,,追回欠薪,');
  });

  it('publishes every fact as a compressed whole beside the plain files, and lists both on /data/ with their sizes', () => {
    const page = readFileSync(join(dist, 'data/index.html'), 'utf8');
    for (const name of ['facts.json', 'facts.csv']) {
      expect(gunzipSync(readFileSync(join(dist, 'data', `${name}.gz`)))).toEqual(readFileSync(join(dist, 'data', name)));
      for (const file of [name, `${name}.gz`]) expect(page).toMatch(new RegExp(`<a href="/data/${file.replaceAll('.', '\\.')}" download>${file.replaceAll('.', '\\.')}</a>（\\d+ KB）`));
    }
  });

  it('publishes indicators.csv with one unit class and one kind per indicator, and no per-year value for a stock', () => {
    const rows = csvParse(readFileSync(join(dist, 'data', 'indicators.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const byIndicator = Map.groupBy(rows, (r) => r.indicator!);
    expect(byIndicator.size).toBeGreaterThanOrEqual(40);
    for (const [id, list] of byIndicator) {
      expect(new Set(list.map((r) => r.unit_class)).size, id).toBe(1);
      expect(new Set(list.map((r) => r.indicator_kind)).size, id).toBe(1);
      expect(['flow', 'stock'], id).toContain(list[0]!.indicator_kind);
    }
    const stocks = rows.filter((r) => r.mentioned === 'true' && (r.kind === 'stock' || r.indicator_kind === 'stock'));
    expect(stocks.length).toBeGreaterThan(0);
    for (const r of stocks) expect(r.per_year, `${r.indicator} ${r.report}`).toBe('');
  });

  it('builds byte-identical content/ and dist/ from the same input, the reports indexed while Astro builds or after it', () => {
    const again = join(work, 'again');
    // The seeds' collection fits the default budget side by side (the build that made `dist`); this budget fits neither.
    const run = runBuild({ content: join(again, 'content'), dist: join(again, 'dist') }, [], { BUILD_MEMORY_MB: '1' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/indexed for search in \d+ ms; published/);
    expect(treeDigest(join(again, 'content'))).toEqual(treeDigest(content));
    expect(treeDigest(join(again, 'dist'))).toEqual(treeDigest(dist));
  });

  it("rebuilds after one report changes by copying other reports' pages from Astro's cache, byte for byte a clean build", () => {
    const seeds = join(work, 'changed-seeds');
    cpSync('seeds', seeds, { recursive: true });
    const store = { seeds, content: join(work, 'incremental', 'content'), dist: join(work, 'incremental', 'dist') };
    const first = runBuild(store);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('(the reports while the site was built)');
    const copies = join(work, 'incremental', '.dist-builds', 'site-cache', 'dist', 'reports');
    const copied = (id: string) => statSync(join(copies, id, 'index.html')).mtimeMs;
    const before = Object.fromEntries(REPORTS.map((id) => [id, copied(id)]));

    // One figure of one report changes, as a corrected copy of it would.
    const catalog = JSON.parse(readFileSync(join(seeds, 'catalog.json'), 'utf8')) as Array<{ id: string; file: string }>;
    const file = join(seeds, catalog.find((e) => e.id === 'changli-2025')!.file);
    const text = readFileSync(file, 'utf8');
    const figure = /(\d+)名/.exec(text)!;
    writeFileSync(file, text.replace(figure[0], `${Number(figure[1]) + 1}名`));
    expect(runBuild(store).status).toBe(0);

    const clean = { seeds, content: join(work, 'clean', 'content'), dist: join(work, 'clean', 'dist') };
    expect(runBuild(clean).status).toBe(0);
    expect(treeDigest(store.dist)).toEqual(treeDigest(clean.dist));
    expect(readFileSync(join(store.dist, 'reports', 'changli-2025', 'index.html'), 'utf8')).toContain(`${Number(figure[1]) + 1}名`);
    // Rendered again: the changed report only. The others' pages were copied, not drawn anew.
    expect(REPORTS.filter((id) => copied(id) !== before[id])).toEqual(['changli-2025']);
  });
});

describe('bad input', () => {
  it('builds a 5 MB report of hostile text as inert, literal text', () => {
    const html = readFileSync(join(inject('hostile'), 'reports/hostile-2025/index.html'), 'utf8');
    expect(html.length).toBeGreaterThan(HOSTILE_BYTES);
    // The only scripts are the site's own bundled files, each empty in the page.
    const scripts = html.match(/<script[\s\S]*?<\/script>/gi) ?? [];
    expect(scripts.length).toBe((html.match(/<script/gi) ?? []).length);
    for (const script of scripts) expect(script).toMatch(/^<script type="module" src="\/_astro\/[\w.-]+\.js"><\/script>$/);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<a href="(?!#|\/)/);
    const text = mainText(html);
    expect(html).toMatch(/<p><mark id="hostile-2025-f\d+" class="fact"[^>]*><button[^>]*>300余名<\/button><span popover[\s\S]*?<\/mark>职工参加,共\{5\}场。<\/p>/);
    for (const literal of ['&lt;script&gt;alert(1)&lt;/script&gt;', '{process.exit()}', 'export const x = 1', '&lt;img src=x onerror=alert(1)&gt;', "import fs from &#39;node:fs&#39;", '[链接](javascript:alert(1))']) {
      expect(text).toContain(literal);
    }
  });

  it('fails with file:line on a broken catalog and leaves the previous content/ and dist/ as they were', () => {
    const seeds = join(work, 'broken-seeds');
    cpSync('seeds', seeds, { recursive: true });
    const catalog = readFileSync(join(seeds, 'catalog.json'), 'utf8');
    writeFileSync(join(seeds, 'catalog.json'), catalog.replace('"level": "county"', '"level": "planet"'));
    const before = { content: treeDigest(content), dist: treeDigest(dist) };

    const run = runBuild({ seeds, content, dist });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^\S*catalog\.json:\d+: entry "changli-2025" \(#4\): region\.level .*\n$/);
    expect({ content: treeDigest(content), dist: treeDigest(dist) }).toEqual(before);
  });

  it('builds after an earlier build whose content folder is gone (Astro caches the content layer)', () => {
    const gone = join(work, 'gone');
    expect(runBuild({ content: join(gone, 'content'), dist: join(gone, 'dist') }).status).toBe(0);
    rmSync(gone, { recursive: true, force: true });
    const next = join(work, 'next');
    const run = runBuild({ content: join(next, 'content'), dist: join(next, 'dist') });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('fails on an empty report file and names it', () => {
    const seeds = join(work, 'empty-seeds');
    cpSync('seeds', seeds, { recursive: true });
    writeFileSync(join(seeds, '002_d2381ee6961345c2.txt'), '');
    const run = runBuild({ seeds, content, dist });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('002_d2381ee6961345c2.txt: the file is empty');
  });
});
