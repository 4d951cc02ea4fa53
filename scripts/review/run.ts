import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { userInfo } from 'node:os';
import { input, number, search } from '@inquirer/prompts';
import { corpusFacts } from '../facts/corpus-facts.ts';
import { figureOf } from '../facts/report-facts.ts';
import { whyLines } from '../facts/match-why.ts';
import { loadTaxonomy } from '../facts/taxonomy.ts';
import { loadCatalog } from '../ingest/catalog.ts';
import { ingestSeed } from '../ingest/ingest.ts';
import { paths } from '../lib/paths.ts';
import { reportFailure } from '../lib/report-failure.ts';
import { KIND_LABELS } from '../../src/lib/format/labels.ts';
import { applyReviews } from './apply-reviews.ts';
import { keyPrompt } from './key-prompt.ts';
import { loadReviewFile, reviewVocabulary } from './load-reviews.ts';
import { quoteFor } from './quote.ts';
import { appendReview, type Decision, entryFor, figuresToReview, markedSentence } from './review-session.ts';

// `npm run review -- <report>`: walks the figures the site charts for one report and those it
// left unclassified, in text order, and writes each decision to content/reviews/<report>.yaml as it is made.
const KEEP = '\u0000keep';

async function main(): Promise<void> {
  const [id] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  // `--list` prints the walk without asking, for an editor who writes the YAML by hand.
  const listOnly = process.argv.includes('--list');
  const catalog = loadCatalog(paths.seeds);
  const entry = catalog.find((e) => e.id === id);
  if (!entry) throw new Error(`no report ${id ?? '(none given)'} in the catalog; usage: npm run review -- <report id> [--list]`);
  const taxonomy = loadTaxonomy(paths.taxonomy);
  const { reports, facts } = corpusFacts([entry], taxonomy, (e) => {
    const file = join(paths.seeds, e.file);
    return ingestSeed(readFileSync(file), file);
  });
  const { report, extracted } = reports[0]!;
  const blocks = report.blocks.map((b) => b.text);
  const file = join(paths.reviews, `${entry.id}.yaml`);
  const shown = relative(process.cwd(), file);
  const earlier = existsSync(file) ? loadReviewFile(file, reviewVocabulary([entry.id], taxonomy)) : [];
  const figures = extracted.map((e) => ({ id: e.fact.id, text: e.fact.text, position: e.position }));
  const outcome = applyReviews(facts, [{ id: entry.id, years: entry.period.years, blocks, figures }], earlier, new Map(taxonomy.indicators.map((i) => [i.id, i])));
  for (const warning of outcome.warnings) console.log(`warning: ${warning}`);
  const todo = figuresToReview(extracted, new Set(outcome.reviews.keys()));
  const walked = figuresToReview(extracted, new Set()).length;
  console.log(`${entry.id}: ${walked - todo.length} of ${walked} charted or unclassified figures reviewed; ${todo.length} to go. Reviews go to ${shown}.`);
  const who = { reviewer: process.env.REVIEWER ?? userInfo().username, date: new Date().toISOString().slice(0, 10) };
  const byId = new Map(taxonomy.indicators.map((i) => [i.id, i]));

  for (const [n, e] of todo.entries()) {
    const indicator = byId.get(e.fact.indicator ?? e.fact.candidate!)!;
    const charted = e.fact.indicator !== null;
    const quote = quoteFor(blocks, e.position);
    console.log(`\n[${n + 1}/${todo.length}] ${e.fact.id}`);
    console.log(markedSentence(blocks[e.position.block]!, e.position));
    console.log(
      charted
        ? `机器读取：${indicator.zh} ${e.fact.text}（${KIND_LABELS[e.fact.kind]}）`
        : `机器读取：未归类，候选“${indicator.zh}”（${e.fact.candidateReason}）`,
    );
    if (e.partOf) console.log(`  a part of ${e.partOf} (其中 or a selection from it): shown, but not added to the value`);
    for (const line of whyLines(figureOf(entry, e), e.evidence, taxonomy)) console.log(`  ${line}`);
    if (!quote) {
      console.log('  this sentence stands twice in the report, so no review can name the figure: skipped');
      continue;
    }
    if (listOnly) {
      console.log(`  figure: ${e.fact.text}\n  quote: ${quote}`);
      continue;
    }
    const action = await keyPrompt({
      message: '这个数字？',
      choices: [
        { key: 'c', name: charted ? '确认' : '确认不计入', value: 'confirm' as const },
        ...(charted ? [] : [{ key: 'a', name: `归入“${indicator.zh}”`, value: 'assign' as const }]),
        { key: 'r', name: '更正', value: 'correct' as const },
        ...(charted ? [{ key: 'l', name: '不计入任何指标', value: 'leave-out' as const }] : []),
        { key: 's', name: '跳过', value: 'skip' as const },
        { key: 'q', name: '退出', value: 'quit' as const },
      ],
    });
    if (action === 'quit') break;
    if (action === 'skip') continue;
    let decision: Decision;
    if (action === 'confirm') decision = { action };
    else if (action === 'assign') decision = { action, indicator: indicator.id };
    else if (action === 'leave-out') decision = { action, reason: await input({ message: '理由', required: true }) };
    else {
      const target = await search({
        message: '计入哪项指标（输入筛选）',
        source: (term) => [
          ...(charted ? [{ name: `保留“${indicator.zh}”，只改数值`, value: KEEP }] : []),
          ...taxonomy.indicators
            .filter((i) => i.unitClass === indicator.unitClass && (!term || `${i.zh} ${i.en} ${i.id}`.includes(term)))
            .map((i) => ({ name: `${i.zh}（${i.id}）`, value: i.id })),
        ],
      });
      const value = await number({ message: `正确的数值（回车保留 ${e.fact.value ?? '不详'}）`, required: target === KEEP });
      if (!charted && value === undefined) decision = { action: 'assign', indicator: target };
      else {
        const reason = await input({ message: '更正理由', required: true });
        decision = { action, ...(target !== KEEP && { indicator: target }), ...(value !== undefined && { value }), reason };
      }
    }
    appendReview(file, entry.id, entryFor(e.fact.text, quote, decision, who));
    console.log(`  written to ${shown}`);
  }
  if (!listOnly) console.log(`\nbye: run \`npm run review -- ${entry.id}\` again to go on where you stopped.`);
}

main().catch((error: unknown) => {
  // Ctrl-C inside a prompt: what was decided is already written.
  if (error instanceof Error && error.name === 'ExitPromptError') {
    console.log('\nstopped; every decision made so far is written.');
    return;
  }
  reportFailure('review', error);
});
