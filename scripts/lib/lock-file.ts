import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import { running } from '../../src/lib/process/running.ts';

/** The process id a holder's name (`<pid>-<random>`) starts with. */
const pidOf = (name: string) => Number(/^(\d+)(?:-|$)/.exec(name)?.[1] ?? Number.NaN);

/**
 * Who holds the lock at `file`: its process id and the name to remove to empty the lock (a lock
 * file of the kind builds took before, holding the id, is removed whole). Null when it is free.
 */
function holderOf(file: string): { remove: string; pid: number } | null {
  let names: string[];
  try {
    names = readdirSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code !== 'ENOTDIR') throw error;
    try {
      return { remove: file, pid: Number(readFileSync(file, 'utf8')) };
    } catch {
      return null;
    }
  }
  const name = names[0];
  return name === undefined ? null : { remove: join(file, name), pid: pidOf(name) };
}

/**
 * Takes the lock at `file` for this process: its release, or the id of the live process
 * that holds it. A lock whose holder has died is taken over.
 *
 * The lock is a folder holding one empty file, named after its holder (`<pid>-<random>`).
 * A taker fills a folder of its own and renames it onto `file`, which the file system does
 * in one step and only while `file` is missing or an empty folder: of any number of takers,
 * one rename succeeds. A dead holder's lock is emptied by removing its holder's file, a name
 * that no later lock holds, so a taker that comes late to remove it removes nothing of the
 * next holder's. (Reading the holder, removing the lock and writing one's own is the race
 * this replaces: two takers could each remove the other's new lock.)
 */
export function takeLock(file: string): (() => void) | { holder: number } {
  mkdirSync(dirname(file), { recursive: true });
  const me = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const mine = `${file}.${me}`;
  mkdirSync(mine);
  writeFileSync(join(mine, me), '');
  try {
    for (;;) {
      try {
        renameSync(mine, file);
        return () => release(file, me);
      } catch (error) {
        if (!['ENOTEMPTY', 'EEXIST', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      }
      const holder = holderOf(file);
      if (holder === null) continue;
      if (running(holder.pid)) return { holder: holder.pid };
      try {
        // unlink, never a recursive remove: a folder another taker renamed into place meanwhile must stay.
        unlinkSync(holder.remove);
      } catch (error) {
        if (!['ENOENT', 'EISDIR', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      }
    }
  } finally {
    rmSync(mine, { recursive: true, force: true });
  }
}

/** Empties the lock and removes its folder, unless another taker has already renamed its own into place. */
function release(file: string, me: string): void {
  rmSync(join(file, me), { force: true });
  try {
    rmdirSync(file);
  } catch {
    // Taken by another build already, or removed.
  }
}

/** Takes the lock at `file`, waiting while a live process holds it; rejects when `signal` aborts. */
export async function waitForLock(file: string, options: { signal?: AbortSignal; pollMs?: number } = {}): Promise<() => void> {
  for (;;) {
    options.signal?.throwIfAborted();
    const taken = takeLock(file);
    if (typeof taken === 'function') return taken;
    // The abort's own reason, not the timer's AbortError, so the caller learns why it stopped.
    await sleep(options.pollMs ?? 200, undefined, { signal: options.signal }).catch((error: unknown) => {
      options.signal?.throwIfAborted();
      throw error;
    });
  }
}

/** Whether `name`, beside a lock `base`, is the folder of a live taker (`base.<pid>-<random>`). */
export function isLiveAside(name: string, base: string): boolean {
  return name.startsWith(`${base}.`) && running(pidOf(name.slice(base.length + 1)));
}

