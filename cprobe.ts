import { corpusFigures } from './bench/corpus-build.ts';
for (const n of process.argv.slice(2).map(Number)) console.log(JSON.stringify(corpusFigures(n)));
