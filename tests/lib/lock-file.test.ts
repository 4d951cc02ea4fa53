import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isLiveAside, takeLock, waitForLock } from '../../scripts/lib/lock-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A process that lives until killed, to hold a lock. */
function sleeper() {
  const child = spawn('sleep', ['30']);
  return { pid: child.pid!, stop: () => child.kill('SIGKILL') };
}

describe('takeLock', () => {
  it('takes a free lock, naming its own id, refuses it to others while held, and releases it', () => {
    const file = join(dir, 'free', 'lock');
    const release = takeLock(file);
    expect(typeof release).toBe('function');
    expect(readdirSync(file)).toEqual([expect.stringMatching(new RegExp(`^${process.pid}-`))]);
    expect(takeLock(file)).toEqual({ holder: process.pid });
    (release as () => void)();
    expect(existsSync(file)).toBe(false);
    // Nothing of the takers is left beside the lock.
    expect(readdirSync(join(dir, 'free'))).toEqual([]);
  });

  it('names the live process that holds a lock, in the folder format and as the lock file builds took before', () => {
    const other = sleeper();
    const file = join(dir, 'held');
    mkdirSync(file);
    writeFileSync(join(file, `${other.pid}-abc`), '');
    expect(takeLock(file)).toEqual({ holder: other.pid });
    const old = join(dir, 'held-file');
    writeFileSync(old, String(other.pid));
    expect(takeLock(old)).toEqual({ holder: other.pid });
    expect(isLiveAside(`held.${other.pid}-abc`, 'held')).toBe(true);
    other.stop();
  });

  it('takes over a lock whose holder has died', async () => {
    const file = join(dir, 'stale');
    const other = sleeper();
    other.stop();
    await new Promise((r) => setTimeout(r, 100));
    mkdirSync(file);
    writeFileSync(join(file, `${other.pid}-abc`), '');
    expect(isLiveAside(`stale.${other.pid}-abc`, 'stale')).toBe(false);
    const release = await waitForLock(file);
    expect(readdirSync(file)).toEqual([expect.stringMatching(new RegExp(`^${process.pid}-`))]);
    release();
    const old = join(dir, 'stale-file');
    writeFileSync(old, String(other.pid));
    const again = takeLock(old);
    expect(typeof again).toBe('function');
    (again as () => void)();
  });

  it('waits while a live process holds the lock, and stops waiting when told to', async () => {
    const file = join(dir, 'waited');
    const release = takeLock(file) as () => void;
    const stop = new AbortController();
    const waiting = waitForLock(file, { signal: stop.signal, pollMs: 20 });
    stop.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    release();
  });
});
