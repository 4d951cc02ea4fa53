import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Whether a process with this id is running (a lock left by a killed process is not held). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock at `file` for this process: its release, or the id of the live process
 * that holds it. A lock whose holder has died is taken over.
 */
export function takeLock(file: string): (() => void) | { holder: number } {
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and linked into place, so the lock never exists without its holder's id.
  const mine = `${file}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  try {
    for (;;) {
      try {
        linkSync(mine, file);
        return () => rmSync(file, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = Number(readFileSync(file, 'utf8'));
      if (running(holder)) return { holder };
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(mine, { force: true });
  }
}

/** Takes the lock at `file`, waiting while a live process holds it. */
export function waitForLock(file: string, pollMs = 200): () => void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const taken = takeLock(file);
    if (typeof taken === 'function') return taken;
    Atomics.wait(pause, 0, 0, pollMs);
  }
}

/** Whether `name`, a file beside a lock `base`, is the aside copy of a live taker (`base.<pid>`). */
export function isLiveAside(name: string, base: string): boolean {
  return name.startsWith(`${base}.`) && running(Number(name.slice(base.length + 1)));
}
