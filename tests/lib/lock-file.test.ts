import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  it('takes a free lock, writing its own id, and releases it', () => {
    const file = join(dir, 'free', 'lock');
    const release = takeLock(file);
    expect(typeof release).toBe('function');
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    (release as () => void)();
    expect(existsSync(file)).toBe(false);
  });

  it('names the live process that holds a lock', () => {
    const file = join(dir, 'held');
    const other = sleeper();
    writeFileSync(file, String(other.pid));
    expect(takeLock(file)).toEqual({ holder: other.pid });
    expect(isLiveAside(`held.${other.pid}`, 'held')).toBe(true);
    other.stop();
  });

  it('takes over a lock whose holder has died', async () => {
    const file = join(dir, 'stale');
    const other = sleeper();
    other.stop();
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(file, String(other.pid));
    expect(isLiveAside(`stale.${other.pid}`, 'stale')).toBe(false);
    const release = waitForLock(file);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
  });
});
