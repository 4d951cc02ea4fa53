import { Worker } from 'node:worker_threads';
import { PARENT_POLL_MS } from './stop-signals.ts';

// Loaded first into each stage's process (node --import). A build killed outright (SIGKILL,
// which no handler sees) would otherwise leave its stages writing on into the folder the next
// build stages in. The watch runs in a thread of its own: the content stage works without
// yielding to its event loop.
new Worker(
  `const parent = ${process.ppid};
  setInterval(() => { if (process.ppid !== parent) process.kill(process.pid, 'SIGKILL'); }, ${PARENT_POLL_MS});`,
  { eval: true },
).unref();
