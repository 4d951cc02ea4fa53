import { env } from 'node:process';

// Astro's telemetry would call out of this closed network on every build.
env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { build } = await import('astro');

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir) throw new Error('usage: node scripts/site/run.ts <output folder> <cache folder>');
// A cache of this build's own: Astro's content-layer store in the shared node_modules/.astro
// remembers the last CONTENT_DIR, and two builds of different folders at once would
// read each other's entries.
await build({ outDir, cacheDir, logLevel: 'warn' });
