import { loadTaxonomy } from '../facts/taxonomy.ts';
import { paths } from '../lib/paths.ts';
import { runCorpus } from './corpus-run.ts';

// Prints every figure of one report with how the rules read it: `npm run explain -- <seeds folder> <report id>`.
const [seeds = paths.seeds, report] = process.argv.slice(2);
const run = runCorpus(seeds, loadTaxonomy(paths.taxonomy));
for (const r of run.reports.filter((x) => !report || x.entry.id === report)) {
  for (const e of r.extracted) {
    const { fact, reading, evidence, partOf } = e;
    console.log(
      `${fact.id.slice(-4)} ${fact.text.padEnd(10)} ${(fact.indicator ?? '—').padEnd(34)} ${reading.kind}${reading.marker ? `/${reading.marker}` : ''}` +
        `${partOf ? ` ⊂${partOf.slice(-4)}` : ''} [${[...e.actions].join(',')}]  ‹${evidence.item}›`,
    );
  }
}
