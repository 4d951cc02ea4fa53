import yaml from 'js-yaml';
import type { ReportFrontmatter } from '../../src/contracts/report.ts';
import type { ExtractedFact } from '../facts/extracted-fact.ts';
import { themeCharacters, visibleLength } from '../facts/theme-text.ts';
import type { Block } from '../ingest/blocks.ts';
import type { CatalogEntry } from '../../src/contracts/catalog.ts';
import type { CleanReport } from '../ingest/clean.ts';
import type { ThemeWords } from '../facts/theme.ts';
import { escapeMdxText } from './mdx-escape.ts';

export interface Section {
  id: string;
  level: 2 | 3;
  marker: string | null;
  title: string;
}

/** Stable, short heading ids (`s2`, `s2-3`) so shared links survive a change of wording. */
export function sectionIds(blocks: Block[]): Map<Block, Section> {
  const ids = new Map<Block, Section>();
  let section = 0;
  let sub = 0;
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    if (block.level === 2) {
      section++;
      sub = 0;
    } else {
      sub++;
    }
    const id = block.level === 2 ? `s${section}` : `s${section}-${sub}`;
    ids.set(block, { id, level: block.level ?? 2, marker: block.marker, title: block.text });
  }
  return ids;
}

/**
 * The catalog's title, else the report's own, else one made from organization and period
 * that says only what is known: an excerpt of a report, never what kind of document it is.
 */
export function titleOf(entry: CatalogEntry, report: CleanReport): string {
  if (entry.title) return entry.title;
  if (report.title) return report.title;
  const who = entry.organization ?? `${entry.region.name}工会`;
  const { start, end } = entry.period;
  return start === end ? `${who}${start}年报告摘录` : `${who}${start}–${end}年报告摘录`;
}

/** Block text with each fact wrapped in `<Fact id=…>` where it stands, everything else escaped. */
function markFacts(text: string, facts: ExtractedFact[], atBlockStart: boolean): string {
  let out = '';
  let at = 0;
  for (const { fact, position } of facts) {
    out += escapeMdxText(text.slice(at, position.start), atBlockStart && at === 0);
    out += `<Fact id="${fact.id}">${escapeMdxText(text.slice(position.start, position.end), false)}</Fact>`;
    at = position.end;
  }
  return out + escapeMdxText(text.slice(at), atBlockStart && at === 0);
}

function renderBlock(block: Block, section: Section | undefined, facts: ExtractedFact[]): string {
  if (block.kind === 'heading' && section) {
    const tag = `h${section.level}`;
    // The marker keeps its punctuation (`三、服务职工`), never a bare `三 服务职工`.
    const printed = block.markerForm ?? section.marker;
    const marker = printed === null ? '' : `<span class="marker">${escapeMdxText(printed, false)}</span>${block.markerForm ? '' : ' '}`;
    return `<${tag} id="${section.id}">${marker}${escapeMdxText(block.text, false)}</${tag}>`;
  }
  if (block.kind === 'caption') {
    const credit = block.credit === null ? '' : ` <span class="credit">${escapeMdxText(block.credit, false)}</span>`;
    return `<p class="caption">${markFacts(block.text, facts, false)}${credit}</p>`;
  }
  const cut = block.incomplete ? ` <span class="incomplete">原文不全</span>` : '';
  return `${markFacts(block.text, facts, true)}${cut}`;
}

/**
 * The content-collection entry of one report (`order`: its place in the catalog):
 * frontmatter for the pages, body as escaped MDX with its facts marked.
 */
export function reportMdx(entry: CatalogEntry, report: CleanReport, order: number, facts: ExtractedFact[], themes: ThemeWords): string {
  const sections = sectionIds(report.blocks);
  const count = (kind: Block['kind'], level?: number) =>
    report.blocks.filter((b) => b.kind === kind && (level === undefined || b.level === level)).length;
  const frontmatter: ReportFrontmatter = {
    id: entry.id,
    order,
    title: titleOf(entry, report),
    titleFrom: entry.title ? 'catalog' : report.title ? 'report' : 'derived',
    kicker: report.kicker,
    subtitle: report.subtitle,
    damagedLayout: report.damagedLayout,
    file: entry.file,
    region: entry.region,
    organization: entry.organization ?? null,
    updated: entry.updated ?? null,
    period: entry.period,
    source: entry.source ?? null,
    denominators: entry.denominators ?? null,
    credits: report.credits,
    script: report.traditional ? 'traditional' : 'simplified',
    counts: {
      sections: count('heading', 2),
      subsections: count('heading', 3),
      paragraphs: count('paragraph'),
      captions: count('caption'),
      characters: report.blocks.reduce((n, b) => n + visibleLength(b.text), 0),
      facts: facts.length,
    },
    themeText: themeCharacters(report, themes),
    sections: [...sections.values()],
    original: report.traditional
      ? report.blocks.map((b) => ({ kind: b.kind, level: b.level, text: b.original, credit: b.credit }))
      : null,
  };
  // Grouped once: filtering every fact for every block grows with the square of a report.
  const byBlock = Map.groupBy(facts, (f) => f.position.block);
  const body = report.blocks.map((b, i) => renderBlock(b, sections.get(b), byBlock.get(i) ?? [])).join('\n\n');
  return `---\n${yaml.dump(frontmatter, { lineWidth: -1, noRefs: true, quotingType: '"' })}---\n\n${body}\n`;
}
