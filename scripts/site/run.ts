import { env } from 'node:process';

// Vite listens for SIGTERM to close its servers, and a listener keeps the process alive: a
// signal to the site stage ends it at once, by that signal, as it ends the whole build
// (scripts/lib/stop-signals.ts).
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.on(signal, () => {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
}

// Astro's telemetry would call out of this closed network on every build.
env.ASTRO_TELEMETRY_DISABLED ??= '1';
const { build } = await import('astro');

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir) throw new Error('usage: node scripts/site/run.ts <output folder> <cache folder>');
// The cache folder of the build store (scripts/lib/build-store.ts), not the shared
// node_modules/.astro: Astro's content-layer store there remembers the last CONTENT_DIR, and
// builds of different folders at once would read each other's entries. Builds of one store
// take turns, and the next one's incremental build finds this one's pages there.
await build({ outDir, cacheDir, logLevel: 'warn' });
