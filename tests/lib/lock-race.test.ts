import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'lock-race-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LOCK_MODULE = JSON.stringify(resolve('scripts/lib/lock-file.ts'));
const RACERS = 6;
const ROUNDS = 100;

/** Node running `code` as a module that may import the lock module. */
const node = (code: string) => [process.execPath, ['--input-type=module', '-e', `import { takeLock } from ${LOCK_MODULE};\n${code}`]] as const;

describe('takeLock over a dead holder’s lock, by many processes at once', () => {
  it(`leaves exactly one holder, ${ROUNDS} rounds of ${RACERS} processes`, async () => {
    const files = Array.from({ length: ROUNDS }, (_, i) => join(dir, `round-${i}`, 'lock'));
    // A holder that dies holding every round's lock, as a killed build does.
    const [cmd, args] = node(`for (const f of JSON.parse(process.argv[1])) takeLock(f);`);
    const died = spawnSync(cmd, [...args, JSON.stringify(files)], { encoding: 'utf8' });
    expect(died.status, died.stderr).toBe(0);

    // Each racer tries every lock it is sent once, and keeps what it took until the test ends.
    const racers = Array.from({ length: RACERS }, () => {
      const [c, a] = node(`
        import { createInterface } from 'node:readline';
        for await (const file of createInterface({ input: process.stdin })) {
          process.stdout.write(typeof takeLock(file) === 'function' ? 'held\\n' : 'refused\\n');
        }`);
      const child = spawn(c, a, { stdio: ['pipe', 'pipe', 'inherit'] });
      return { child, lines: createInterface({ input: child.stdout })[Symbol.asyncIterator]() };
    });
    const holders: number[] = [];
    try {
      for (const file of files) {
        for (const { child } of racers) child.stdin.write(`${file}\n`);
        const answers = await Promise.all(racers.map(async ({ lines }) => (await lines.next()).value as string));
        holders.push(answers.filter((a) => a === 'held').length);
      }
    } finally {
      for (const { child } of racers) child.stdin.end();
    }
    expect(holders.filter((n) => n !== 1)).toEqual([]);
  });
});
