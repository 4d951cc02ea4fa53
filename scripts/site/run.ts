import { env } from 'node:process';

// Astro's telemetry would call out of this closed network on every build.
env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { build } = await import('astro');

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node scripts/site/run.ts <output folder>');
// force: the content-layer cache in .astro/ remembers the last CONTENT_DIR; a build from
// another folder (a test's, since deleted) must not resolve entries from there.
await build({ outDir, logLevel: 'warn', force: true });
